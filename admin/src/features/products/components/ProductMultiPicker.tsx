import { Chip } from '../../../shared/ui/Chip';
import type { ControlProps } from '../../../shared/ui/Field';
import { useProductTitles } from '../use-products';
import { ProductSearchBox } from './ProductSearchBox';

interface ProductMultiPickerProps extends Partial<ControlProps> {
  value: string[];
  onChange: (ids: string[]) => void;
}

/** Several products, found by search; the chosen ones as chips with their titles. */
export function ProductMultiPicker({ value, onChange, ...control }: ProductMultiPickerProps) {
  const titles = useProductTitles(value);
  return (
    <div className="space-y-2">
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen products">
          {value.map((id) => (
            <li key={id}>
              <Chip
                tone="brand"
                onRemove={() => onChange(value.filter((other) => other !== id))}
                removeLabel={`Remove ${titles.get(id) ?? 'product'}`}
              >
                {titles.get(id) ?? 'Loading…'}
              </Chip>
            </li>
          ))}
        </ul>
      )}
      <ProductSearchBox {...control} exclude={new Set(value)} onPick={(product) => onChange([...value, product.id])} />
    </div>
  );
}
