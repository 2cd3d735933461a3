import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../shared/forms/apply-problem';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { FormError } from '../../shared/ui/FormError';
import { Notice } from '../../shared/ui/Notice';
import { AuthLayout } from './components/AuthLayout';
import { DemoCredentials } from './components/DemoCredentials';
import { useSignIn } from './use-sign-in';

const schema = z.object({
  email: z.email('Enter the email address you were invited with').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});
type SignInValues = z.infer<typeof schema>;

const NOTICES = {
  'session-ended': 'Your session has ended. Sign in again to continue.',
  'signed-out': 'You have signed out.',
} as const;

export function SignInPage() {
  const { redirect, notice } = useSearch({ from: '/sign-in' });
  const navigate = useNavigate();
  const signIn = useSignIn();
  const form = useForm<SignInValues>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['email', 'password'] });
      return;
    }
    await navigate({ href: redirect ?? '/', replace: true });
  });

  return (
    <AuthLayout title="Sign in" description="Use the email address your store invited you with.">
      <form onSubmit={submit} noValidate className="space-y-4">
        {notice && !errors.root && <Notice tone={notice === 'signed-out' ? 'success' : 'info'}>{NOTICES[notice]}</Notice>}
        <FormError errors={errors} />
        <TextField label="Email" type="email" autoComplete="username" autoFocus error={errors.email?.message} {...form.register('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" variant="primary" className="w-full" loading={isSubmitting}>
          Sign in
        </Button>
        <DemoCredentials onUse={(email, password) => form.reset({ email, password })} />
      </form>
    </AuthLayout>
  );
}
