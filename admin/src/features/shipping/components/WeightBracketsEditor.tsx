import { Plus, Trash2 } from 'lucide-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '../../../shared/ui/Button';
import { Field, TextField } from '../../../shared/ui/Field';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { FieldGroup } from '../../../shared/ui/FieldGroup';
import type { MethodInput } from '../method-form';

/** Prices by parcel weight, lightest first; a parcel heavier than the last bracket is not carried. */
export function WeightBracketsEditor({ currency }: { currency: string }) {
  const { control, register, formState } = useFormContext<MethodInput>();
  const brackets = useFieldArray({ control, name: 'weightRates' });
  const errors = formState.errors.weightRates;

  return (
    <FieldGroup legend="Weight brackets" className="space-y-2">
      {brackets.fields.map((bracket, index) => (
        <div key={bracket.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
          <TextField
            label={index === 0 ? 'Up to (g)' : <span className="sr-only">Up to (g)</span>}
            inputMode="numeric"
            autoComplete="off"
            placeholder="1000"
            error={errors?.[index]?.upToGrams?.message}
            {...register(`weightRates.${index}.upToGrams`)}
          />
          <Controller
            control={control}
            name={`weightRates.${index}.amount`}
            render={({ field, fieldState }) => (
              <Field label={index === 0 ? 'Price' : <span className="sr-only">Price</span>} error={fieldState.error?.message}>
                {(props) => <MoneyInput {...props} currency={currency} value={field.value} onChange={field.onChange} />}
              </Field>
            )}
          />
          <Button
            variant="danger-ghost"
            size="icon"
            className={index === 0 ? 'mt-6' : undefined}
            onClick={() => brackets.remove(index)}
            aria-label={`Remove bracket ${index + 1}`}
          >
            <Trash2 aria-hidden />
          </Button>
        </div>
      ))}
      {errors?.message && <p className="text-xs font-medium text-red-700">{errors.message}</p>}
      {errors?.root?.message && <p className="text-xs font-medium text-red-700">{errors.root.message}</p>}
      <Button size="sm" onClick={() => brackets.append({ upToGrams: '', amount: null })}>
        <Plus aria-hidden /> Add bracket
      </Button>
    </FieldGroup>
  );
}
