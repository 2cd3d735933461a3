import { Select } from '../../../shared/ui/Select';
import { useLocationList } from '../use-locations';

const ALL = 'all';

/** All locations, or one: shared by the levels and the movements. */
export function LocationFilter({ value, onChange }: { value: string | undefined; onChange: (locationId: string | undefined) => void }) {
  const options = [
    { value: ALL, label: 'All locations' },
    ...useLocationList().map((location) => ({ value: location.id, label: location.name })),
  ];
  return (
    <Select
      aria-label="Location"
      className="w-full sm:w-48"
      value={value ?? ALL}
      options={options}
      onValueChange={(next) => onChange(next === ALL ? undefined : next)}
    />
  );
}
