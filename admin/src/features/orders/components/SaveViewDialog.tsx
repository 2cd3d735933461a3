import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { toast } from '../../../shared/ui/toast';
import type { OrderSearch } from '../order-search';
import { toViewFilters } from '../saved-view-filters';
import { useSaveOrderView } from '../use-saved-views';

const schema = z.object({
  name: z.string().trim().min(1, 'Name the view').max(60, 'Use at most 60 characters'),
  shared: z.boolean(),
});
type SaveViewValues = z.infer<typeof schema>;

/** Keeps the list's current filters under a name. Mount only while open. */
export function SaveViewDialog({ search, onOpenChange }: { search: OrderSearch; onOpenChange: (open: boolean) => void }) {
  const save = useSaveOrderView();
  const form = useForm<SaveViewValues>({ resolver: zodResolver(schema), defaultValues: { name: '', shared: false } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ name, shared }) => {
    try {
      await save.mutateAsync({ name, shared, filters: toViewFilters(search) });
      toast.success(`View “${name}” saved.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['name', 'shared'] });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title="Save view" description="Keep these filters as a tab above the order list.">
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField
          label="Name"
          placeholder="Unpaid this week"
          autoComplete="off"
          autoFocus
          error={errors.name?.message}
          {...form.register('name')}
        />
        <CheckboxField
          control={form.control}
          name="shared"
          label="Share with all staff"
          description="Everyone who can see orders gets this tab; only you can delete it."
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          Save view
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
