import { Plus, Trash2 } from 'lucide-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../../shared/ui/Button';
import { ChipsInput } from '../../../shared/ui/ChipsInput';
import { Field, TextField } from '../../../shared/ui/Field';
import type { ProductValues } from '../product-form';

const MAX_OPTIONS = 3;

/** The axes the variants differ on (Size: S, M, L), up to three, in display order. */
export function OptionsEditor({ disabled = false }: { disabled?: boolean }) {
  const { control, register, formState } = useFormContext<ProductValues>();
  const options = useFieldArray({ control, name: 'options' });
  const errors = formState.errors.options;

  return (
    <div className="space-y-3">
      {options.fields.length === 0 && <p className="text-stone-500">No options: the product is sold in one version.</p>}
      {options.fields.map((option, index) => (
        <div key={option.id} className="grid gap-3 rounded-lg border border-stone-200 p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-start">
          <TextField
            label="Option"
            placeholder="Size"
            autoComplete="off"
            disabled={disabled}
            error={errors?.[index]?.name?.message}
            {...register(`options.${index}.name`)}
          />
          <Controller
            control={control}
            name={`options.${index}.values`}
            render={({ field, fieldState }) => (
              <Field label="Values" error={fieldState.error?.message ?? fieldState.error?.root?.message}>
                {(props) => (
                  <ChipsInput {...props} disabled={disabled} value={field.value} onChange={field.onChange} placeholder="S, M, L" />
                )}
              </Field>
            )}
          />
          <Button
            variant="danger-ghost"
            size="icon"
            className="sm:mt-6"
            onClick={() => options.remove(index)}
            disabled={disabled}
            aria-label={`Remove the option ${option.name || index + 1}`}
          >
            <Trash2 aria-hidden />
          </Button>
        </div>
      ))}
      {errors?.message && <p className="text-xs font-medium text-red-700">{errors.message}</p>}
      {errors?.root?.message && <p className="text-xs font-medium text-red-700">{errors.root.message}</p>}
      {options.fields.length < MAX_OPTIONS && !disabled && (
        <Button size="sm" onClick={() => options.append({ name: '', values: [] })}>
          <Plus aria-hidden /> Add option
        </Button>
      )}
    </div>
  );
}
