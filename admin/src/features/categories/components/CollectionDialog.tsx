import { zodResolver } from '@hookform/resolvers/zod';
import { CheckboxField } from '../../../shared/forms/CheckboxField';
import type { CollectionView } from '@tillpoint/sdk';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { urlHandle } from '../../../shared/forms/fields';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Textarea } from '../../../shared/ui/Textarea';
import { toast } from '../../../shared/ui/toast';
import { useCreateCollection, useUpdateCollection } from '../use-collections';

const schema = z.object({
  title: z.string().trim().min(1, 'Name the collection').max(120, 'Use at most 120 characters'),
  handle: urlHandle(),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters'),
  featured: z.boolean(),
});
type CollectionValues = z.infer<typeof schema>;

/** Create a collection, or edit one. Mount only while open. */
export function CollectionDialog({ collection, onOpenChange }: { collection?: CollectionView; onOpenChange: (open: boolean) => void }) {
  const create = useCreateCollection();
  const update = useUpdateCollection();
  const form = useForm<CollectionValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: collection?.title ?? '',
      handle: collection?.handle ?? '',
      description: collection?.description ?? '',
      featured: collection?.featured ?? false,
    },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ handle, ...values }) => {
    try {
      const body = { ...values, handle: handle || undefined };
      const saved = collection ? await update.mutateAsync({ id: collection.id, ...body }) : await create.mutateAsync(body);
      toast.success(`“${saved.title}” was ${collection ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, { fields: ['title', 'handle', 'description', 'featured'], codes: { handle_taken: 'handle' } });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={collection ? `Edit “${collection.title}”` : 'New collection'}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField label="Title" autoComplete="off" error={errors.title?.message} {...form.register('title')} />
        <TextField
          label="Handle"
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-[13px]"
          placeholder={collection ? undefined : 'Made from the title'}
          error={errors.handle?.message}
          {...form.register('handle')}
        />
        <Field label="Description (optional)" error={errors.description?.message}>
          {(props) => <Textarea {...props} rows={3} {...form.register('description')} />}
        </Field>
        <CheckboxField
          control={form.control}
          name="featured"
          label="Featured"
          description="Featured collections lead the shop's home page."
        />
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {collection ? 'Save' : 'Create collection'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
