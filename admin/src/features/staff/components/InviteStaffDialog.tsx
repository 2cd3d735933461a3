import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { toast } from '../../../shared/ui/toast';
import { STAFF_ROLES } from '../staff-roles';
import { useInviteStaff } from '../use-staff';
import { RoleSelect } from './RoleSelect';

// The API's rules (InviteStaffDto); it stays the judge.
const schema = z.object({
  email: z.email('Enter an email address').max(254),
  name: z.string().trim().min(1, 'Enter their name').max(100, 'Use at most 100 characters'),
  role: z.enum(STAFF_ROLES, 'Choose a role'),
});
type InviteValues = z.infer<typeof schema>;

const EMPTY: DefaultValues<InviteValues> = { email: '', name: '' };

export function InviteStaffDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const invite = useInviteStaff();
  const form = useForm<InviteValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const close = (next: boolean) => {
    if (!next) form.reset(EMPTY);
    onOpenChange(next);
  };

  const submit = form.handleSubmit(async (values) => {
    try {
      await invite.mutateAsync(values);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['email', 'name', 'role'], codes: { email_taken: 'email' } });
      return;
    }
    toast.success(`Invitation sent to ${values.email}.`);
    close(false);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Invite staff"
      description="They get an email with a link to choose a password. The link works for 7 days."
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField label="Email" type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Field label="Role" error={errors.role?.message} hint="You can change it later.">
              {(control) => <RoleSelect {...control} value={field.value} onChange={field.onChange} />}
            </Field>
          )}
        />
        <FormDialogFooter onCancel={() => close(false)} submitting={isSubmitting}>
          Send invitation
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
