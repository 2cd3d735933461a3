import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { toast } from '../../../shared/ui/toast';
import { MIN_PASSWORD_LENGTH, newPassword } from '../password-rules';
import { useChangePassword } from '../use-change-password';

const schema = z
  .object({ currentPassword: z.string().min(1, 'Enter your current password').max(200), newPassword, confirmation: z.string() })
  .refine((values) => values.newPassword === values.confirmation, { path: ['confirmation'], message: 'The two passwords differ' });
type ChangePasswordValues = z.infer<typeof schema>;

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmation: '' };

export function ChangePasswordDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const change = useChangePassword();
  const form = useForm<ChangePasswordValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const close = (next: boolean) => {
    if (!next) form.reset(EMPTY);
    onOpenChange(next);
  };

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await change.mutateAsync({ currentPassword, newPassword });
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['currentPassword', 'newPassword'] });
      return;
    }
    toast.success('Password changed. Your other sessions were signed out.');
    close(false);
  });

  return (
    <Dialog open={open} onOpenChange={close} title="Change password" description="Other devices signed in as you will be signed out.">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          error={errors.confirmation?.message}
          {...form.register('confirmation')}
        />
        <FormDialogFooter onCancel={() => close(false)} submitting={isSubmitting}>
          Change password
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
