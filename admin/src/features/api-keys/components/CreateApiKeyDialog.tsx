import { zodResolver } from '@hookform/resolvers/zod';
import type { ApiKeyCreatedView, Permission } from '@tillpoint/sdk';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { toDateInputValue } from '../../../shared/format/dates';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Button } from '../../../shared/ui/Button';
import { Dialog, DialogFooter, FormDialogFooter } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { useMe } from '../../auth/use-me';
import { grantableScopes } from '../scopes';
import { useCreateApiKey } from '../use-api-keys';
import { ScopePicker } from './ScopePicker';
import { SecretReveal } from './SecretReveal';

/** A key set to expire on a day works until that day ends, in the creator's time zone. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`);

// The API's rules (CreateApiKeyDto); it stays the judge, including of which scopes you may grant.
const schema = z.object({
  name: z.string().trim().min(1, 'Name the key after what uses it').max(100, 'Use at most 100 characters'),
  scopes: z.array(z.custom<Permission>((value) => typeof value === 'string')).min(1, 'Choose at least one scope'),
  expiresAt: z.string().refine((date) => !date || endOfDay(date).getTime() > Date.now(), 'Choose a day from today on'),
});
type CreateKeyValues = z.infer<typeof schema>;

const EMPTY: CreateKeyValues = { name: '', scopes: [], expiresAt: '' };

export function CreateApiKeyDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const available = grantableScopes(useMe().permissions);
  const create = useCreateApiKey();
  const form = useForm<CreateKeyValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const created: ApiKeyCreatedView | undefined = create.data;

  const close = (next: boolean) => {
    if (!next) {
      // Forget the secret the moment the dialog closes.
      create.reset();
      form.reset(EMPTY);
    }
    onOpenChange(next);
  };

  const submit = form.handleSubmit(async ({ name, scopes, expiresAt }) => {
    try {
      await create.mutateAsync({ name, scopes, expiresAt: expiresAt ? endOfDay(expiresAt).toISOString() : undefined });
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['name', 'scopes', 'expiresAt'] });
    }
  });

  if (created) {
    return (
      <Dialog open={open} onOpenChange={close} title="API key created" size="lg" dismissOnOutsideClick={false}>
        <SecretReveal apiKey={created} />
        <DialogFooter>
          <Button variant="primary" onClick={() => close(false)}>
            I have stored the secret
          </Button>
        </DialogFooter>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create API key"
      description="For a system that calls the admin API on its own."
      size="lg"
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        <FormError errors={errors} />
        <TextField label="Name" placeholder="ERP stock sync" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <ScopePicker available={available} value={field.value} onChange={field.onChange} error={errors.scopes?.message} />
          )}
        />
        <TextField
          label="Expires on (optional)"
          type="date"
          className="sm:max-w-48"
          min={toDateInputValue(new Date())}
          hint="Leave empty for a key that works until revoked. It stops at the end of the chosen day."
          error={errors.expiresAt?.message}
          {...form.register('expiresAt')}
        />
        <FormDialogFooter onCancel={() => close(false)} submitting={isSubmitting}>
          Create key
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
