import { Controller, type Control, type FieldPath } from 'react-hook-form';
import { Field } from '../../../shared/ui/Field';
import { ProblemNotice } from '../../../shared/ui/Notice';
import { Select, type SelectOption } from '../../../shared/ui/Select';
import { useStockLocations } from '../../inventory/use-locations';

export interface LocationChoice {
  options: SelectOption[];
  /** The one active location, when there is only one: nothing to choose then. */
  only: string;
  error: unknown;
  isLoading: boolean;
}

/** The active stock locations to choose from, where stock leaves or comes back. */
export function useLocationChoice(): LocationChoice {
  const locations = useStockLocations();
  const active = (locations.data ?? []).filter((location) => location.active);
  return {
    options: active.map((location) => ({ value: location.id, label: location.name, description: `${location.code} · ${location.city}` })),
    only: active.length === 1 ? active[0].id : '',
    error: locations.error,
    isLoading: locations.isLoading,
  };
}

interface StockLocationFieldProps<Values extends { locationId: string }, Output> {
  label: string;
  choice: LocationChoice;
  /** The control of a form with a `locationId` field. */
  control: Control<Values, unknown, Output>;
}

/** The form's `locationId`, chosen from the active locations; with only one, it is taken without asking. */
export function StockLocationField<Values extends { locationId: string }, Output>({
  label,
  choice,
  control,
}: StockLocationFieldProps<Values, Output>) {
  return (
    <Controller
      control={control}
      // Why the casts: TypeScript cannot resolve a path of a generic form; the constraint on Values holds it.
      name={'locationId' as FieldPath<Values>}
      render={({ field, fieldState }) => (
        <>
          {choice.error ? <ProblemNotice error={choice.error} title="The stock locations could not be loaded" /> : null}
          <Field label={label} error={fieldState.error?.message}>
            {(select) => (
              <Select
                {...select}
                value={(field.value as string) || choice.only || undefined}
                onValueChange={field.onChange}
                placeholder={choice.isLoading ? 'Loading locations…' : 'Choose a location'}
                options={choice.options}
              />
            )}
          </Field>
        </>
      )}
    />
  );
}
