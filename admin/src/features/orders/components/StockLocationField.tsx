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

interface StockLocationFieldProps {
  label: string;
  choice: LocationChoice;
  value: string;
  onChange: (locationId: string) => void;
  error?: string;
}

export function StockLocationField({ label, choice, value, onChange, error }: StockLocationFieldProps) {
  return (
    <>
      {choice.error ? <ProblemNotice error={choice.error} title="The stock locations could not be loaded" /> : null}
      <Field label={label} error={error}>
        {(control) => (
          <Select
            {...control}
            value={value || choice.only || undefined}
            onValueChange={onChange}
            placeholder={choice.isLoading ? 'Loading locations…' : 'Choose a location'}
            options={choice.options}
          />
        )}
      </Field>
    </>
  );
}
