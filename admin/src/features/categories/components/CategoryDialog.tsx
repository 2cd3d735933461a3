import { zodResolver } from '@hookform/resolvers/zod';
import type { CategoryView } from '@tillpoint/sdk';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyProblem } from '../../../shared/forms/apply-problem';
import { urlHandle } from '../../../shared/forms/fields';
import { subtreeIds } from '../../../shared/format/tree-paths';
import { CategoryPathSelect } from '../../../shared/ui/CategoryPathSelect';
import { Dialog, FormDialogFooter } from '../../../shared/ui/Dialog';
import { Field, TextField } from '../../../shared/ui/Field';
import { FormError } from '../../../shared/ui/FormError';
import { Textarea } from '../../../shared/ui/Textarea';
import { toast } from '../../../shared/ui/toast';
import { useCreateCategory, useUpdateCategory } from '../use-categories';

const schema = z.object({
  name: z.string().trim().min(1, 'Name the category').max(120, 'Use at most 120 characters'),
  handle: urlHandle(),
  parentId: z.string().nullable(),
  description: z.string().trim().max(2000, 'Use at most 2,000 characters'),
});
type CategoryValues = z.infer<typeof schema>;

interface CategoryDialogProps {
  /** The category to rename or move; none to create one. Mount only while open. */
  category?: CategoryView;
  /** Where a new category goes. */
  parentId?: string | null;
  categories: readonly CategoryView[];
  onOpenChange: (open: boolean) => void;
}

export function CategoryDialog({ category, parentId = null, categories, onOpenChange }: CategoryDialogProps) {
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const form = useForm<CategoryValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: category?.name ?? '',
      handle: category?.handle ?? '',
      parentId: category ? category.parentId : parentId,
      description: category?.description ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  // A category cannot move below itself; the API would refuse it (category_cycle).
  const exclude = useMemo(() => (category ? subtreeIds(categories, category.id) : undefined), [categories, category]);

  const submit = form.handleSubmit(async ({ handle, ...values }) => {
    try {
      const body = { ...values, handle: handle || undefined };
      const saved = category ? await update.mutateAsync({ id: category.id, ...body }) : await create.mutateAsync(body);
      toast.success(`“${saved.name}” was ${category ? 'saved' : 'created'}.`);
      onOpenChange(false);
    } catch (error) {
      applyProblem(error, form.setError, {
        fields: ['name', 'handle', 'parentId', 'description'],
        codes: { category_cycle: 'parentId', handle_taken: 'handle' },
      });
    }
  });

  return (
    <Dialog open onOpenChange={onOpenChange} title={category ? `Edit “${category.name}”` : 'New category'}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormError errors={errors} />
        <TextField label="Name" autoComplete="off" error={errors.name?.message} {...form.register('name')} />
        <Controller
          control={form.control}
          name="parentId"
          render={({ field }) => (
            <Field label="Parent" error={errors.parentId?.message} hint="Products of a category also count for the ones above it.">
              {(props) => (
                <CategoryPathSelect
                  {...props}
                  categories={categories}
                  exclude={exclude}
                  noneLabel="None (top level)"
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            </Field>
          )}
        />
        <TextField
          label="Handle"
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-[13px]"
          placeholder={category ? undefined : 'Made from the name'}
          error={errors.handle?.message}
          {...form.register('handle')}
        />
        <Field label="Description (optional)" error={errors.description?.message}>
          {(props) => <Textarea {...props} rows={3} {...form.register('description')} />}
        </Field>
        <FormDialogFooter onCancel={() => onOpenChange(false)} submitting={isSubmitting}>
          {category ? 'Save' : 'Create category'}
        </FormDialogFooter>
      </form>
    </Dialog>
  );
}
