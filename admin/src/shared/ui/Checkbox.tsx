import * as RadixCheckbox from '@radix-ui/react-checkbox';
import { Check, Minus } from 'lucide-react';
import { useId, type ReactNode } from 'react';

interface CheckboxProps {
  checked: boolean | 'indeterminate';
  onCheckedChange: (checked: boolean) => void;
  label: ReactNode;
  disabled?: boolean;
  /** Read by screen readers only, for a box whose meaning the row around it shows (a table's select column). */
  hideLabel?: boolean;
  /** A second line under the label. */
  description?: ReactNode;
}

export function Checkbox({ checked, onCheckedChange, label, disabled, hideLabel = false, description }: CheckboxProps) {
  const id = useId();
  return (
    <div className={description ? 'flex items-start gap-2' : 'flex items-center gap-2'}>
      <RadixCheckbox.Root
        id={id}
        checked={checked}
        disabled={disabled}
        onCheckedChange={(next) => onCheckedChange(next === true)}
        className={`${description ? 'mt-0.5 ' : ''}flex size-4 shrink-0 items-center justify-center rounded border border-stone-400 bg-white shadow-xs data-[state=checked]:border-brand-700 data-[state=checked]:bg-brand-700 data-[state=indeterminate]:border-brand-700 data-[state=indeterminate]:bg-brand-700 disabled:opacity-50`}
      >
        <RadixCheckbox.Indicator className="text-white">
          {checked === 'indeterminate' ? (
            <Minus aria-hidden className="size-3" strokeWidth={3} />
          ) : (
            <Check aria-hidden className="size-3" strokeWidth={3} />
          )}
        </RadixCheckbox.Indicator>
      </RadixCheckbox.Root>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'cursor-pointer text-stone-800 select-none'}>
        {label}
        {description && <span className="block text-xs text-stone-500">{description}</span>}
      </label>
    </div>
  );
}
