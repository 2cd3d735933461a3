import { Controller, useFormContext } from 'react-hook-form';
import { CategoryPathSelect } from '../../../shared/ui/CategoryPathSelect';
import { ChipsInput } from '../../../shared/ui/ChipsInput';
import { Field } from '../../../shared/ui/Field';
import { MultiSelect } from '../../../shared/ui/MultiSelect';
import { useCategoryList } from '../../categories/use-categories';
import { useCollectionList } from '../../categories/use-collections';
import type { ProductValues } from '../product-form';

const normaliseTag = (text: string) => text.trim().toLowerCase();

/** Where the product is found: its category, the collections it is in, its tags. */
export function OrganisationFields({ disabled = false }: { disabled?: boolean }) {
  const { control } = useFormContext<ProductValues>();
  const categories = useCategoryList();
  const collections = useCollectionList().map((collection) => ({ value: collection.id, label: collection.title }));

  return (
    <>
      <Controller
        control={control}
        name="categoryId"
        render={({ field, fieldState }) => (
          <Field label="Category" error={fieldState.error?.message}>
            {(props) => (
              <CategoryPathSelect
                {...props}
                categories={categories}
                noneLabel="No category"
                value={field.value}
                onChange={field.onChange}
              />
            )}
          </Field>
        )}
      />
      <Controller
        control={control}
        name="collectionIds"
        render={({ field, fieldState }) => (
          <Field label="Collections" error={fieldState.error?.message}>
            {(props) => (
              <MultiSelect
                {...props}
                options={collections}
                disabled={disabled}
                value={field.value}
                onChange={field.onChange}
                placeholder="Add to a collection…"
                emptyText="No other collections."
              />
            )}
          </Field>
        )}
      />
      <Controller
        control={control}
        name="tags"
        render={({ field, fieldState }) => (
          <Field
            label="Tags"
            error={fieldState.error?.message ?? fieldState.error?.root?.message}
            hint="Press Enter or a comma after each. Shoppers can filter by them."
          >
            {(props) => (
              <ChipsInput
                {...props}
                disabled={disabled}
                value={field.value}
                onChange={field.onChange}
                normalise={normaliseTag}
                placeholder="winter, merino"
              />
            )}
          </Field>
        )}
      />
    </>
  );
}
