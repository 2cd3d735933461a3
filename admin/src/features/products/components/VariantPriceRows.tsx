import { Plus, Trash2 } from 'lucide-react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Button } from '../../../shared/ui/Button';
import { Field, TextField } from '../../../shared/ui/Field';
import { MoneyInput } from '../../../shared/ui/MoneyInput';
import { FieldGroup } from '../../../shared/ui/FieldGroup';
import type { VariantInput } from '../variant-form';

/** One price per currency, each with an optional compare-at ("was") price. */
export function VariantPriceRows({ defaultCurrency }: { defaultCurrency: string }) {
  const { control, register, formState } = useFormContext<VariantInput>();
  const prices = useFieldArray({ control, name: 'prices' });
  const currencies = useWatch<VariantInput, 'prices'>({ name: 'prices' }).map((price) => price.currency);
  const errors = formState.errors.prices;

  return (
    <FieldGroup legend="Prices">
      {prices.fields.map((price, index) => {
        const currency = /^[A-Z]{3}$/.test(currencies[index] ?? '') ? currencies[index] : defaultCurrency;
        return (
          <div key={price.id} className="grid grid-cols-2 gap-3 sm:grid-cols-[6rem_1fr_1fr_auto] sm:items-start">
            <TextField
              label="Currency"
              autoComplete="off"
              maxLength={3}
              className="uppercase"
              readOnly={index === 0}
              error={errors?.[index]?.currency?.message}
              {...register(`prices.${index}.currency`, { setValueAs: (value: string) => value.toUpperCase() })}
            />
            <Controller
              control={control}
              name={`prices.${index}.amount`}
              render={({ field, fieldState }) => (
                <Field label="Price" error={fieldState.error?.message}>
                  {(props) => <MoneyInput {...props} currency={currency} value={field.value} onChange={field.onChange} />}
                </Field>
              )}
            />
            <Controller
              control={control}
              name={`prices.${index}.compareAtAmount`}
              render={({ field, fieldState }) => (
                <Field label="Compare-at" error={fieldState.error?.message}>
                  {(props) => (
                    <MoneyInput {...props} currency={currency} placeholder="Optional" value={field.value} onChange={field.onChange} />
                  )}
                </Field>
              )}
            />
            {index > 0 ? (
              <Button
                variant="danger-ghost"
                size="icon"
                className="sm:mt-6"
                onClick={() => prices.remove(index)}
                aria-label={`Remove the ${currency} price`}
              >
                <Trash2 aria-hidden />
              </Button>
            ) : (
              <span className="hidden w-9 sm:block" />
            )}
          </div>
        );
      })}
      {errors?.message && <p className="text-xs font-medium text-red-700">{errors.message}</p>}
      <Button size="sm" variant="ghost" onClick={() => prices.append({ currency: '', amount: null, compareAtAmount: null })}>
        <Plus aria-hidden /> Price in another currency
      </Button>
    </FieldGroup>
  );
}
