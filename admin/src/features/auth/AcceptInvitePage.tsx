import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../shared/forms/apply-problem';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { FormError } from '../../shared/ui/FormError';
import { Notice } from '../../shared/ui/Notice';
import { AuthLayout } from './components/AuthLayout';
import { MIN_PASSWORD_LENGTH, newPassword } from './password-rules';
import { useAcceptInvite } from './use-accept-invite';

const schema = z
  .object({ password: newPassword, confirmation: z.string() })
  .refine((values) => values.password === values.confirmation, { path: ['confirmation'], message: 'The two passwords differ' });
type AcceptInviteValues = z.infer<typeof schema>;

export function AcceptInvitePage() {
  const { token } = useSearch({ from: '/accept-invite' });
  const navigate = useNavigate();
  const accept = useAcceptInvite();
  const form = useForm<AcceptInviteValues>({ resolver: zodResolver(schema), defaultValues: { password: '', confirmation: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    try {
      await accept.mutateAsync({ token, password });
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['password'] });
      return;
    }
    await navigate({ to: '/', replace: true });
  });

  if (!token) {
    return (
      <AuthLayout title="Accept your invitation">
        <Notice tone="warning">
          This link is incomplete. Open the link in your invitation email again, or ask the store owner to resend it.
        </Notice>
        <p className="mt-4 text-center">
          <Link to="/sign-in" className="font-medium text-brand-700 hover:underline">
            Go to sign in
          </Link>
        </p>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Accept your invitation" description="Choose a password to finish setting up your staff account.">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          autoFocus
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <TextField
          label="Repeat the password"
          type="password"
          autoComplete="new-password"
          error={errors.confirmation?.message}
          {...form.register('confirmation')}
        />
        <Button type="submit" variant="primary" className="w-full" loading={isSubmitting}>
          Set password and sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
