import * as RadixSelect from '@radix-ui/react-select';
import clsx from 'clsx';
import { Check, ChevronDown } from 'lucide-react';
import type { ControlProps } from './Field';
import { controlClasses } from './Input';

export interface SelectOption {
  value: string;
  label: string;
  /** A second line in the list, such as what a role may do; the closed select shows only the label. */
  description?: string;
}

interface SelectProps extends Partial<ControlProps> {
  value: string | undefined;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  'aria-label'?: string;
  /** Width classes; full width by default. */
  className?: string;
  disabled?: boolean;
}

export function Select({ value, onValueChange, options, placeholder = 'Choose…', className, disabled, ...trigger }: SelectProps) {
  return (
    // An empty value (not undefined) keeps Radix controlled while it shows the placeholder.
    <RadixSelect.Root value={value ?? ''} onValueChange={onValueChange} disabled={disabled}>
      <RadixSelect.Trigger
        {...trigger}
        className={clsx(
          controlClasses,
          'flex h-9 items-center justify-between gap-2 px-3 text-left data-[placeholder]:text-stone-400',
          className ?? 'w-full',
        )}
      >
        <span className="truncate">
          <RadixSelect.Value placeholder={placeholder} />
        </span>
        <RadixSelect.Icon>
          <ChevronDown aria-hidden className="size-4 text-stone-500" />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-[min(24rem,var(--radix-select-content-available-height))] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg"
        >
          <RadixSelect.Viewport className="max-w-[calc(100vw-2rem)] p-1">
            {options.map((option) => (
              <RadixSelect.Item
                key={option.value}
                value={option.value}
                className="relative flex cursor-default flex-col rounded-md py-1.5 pr-2 pl-7 outline-none select-none data-[highlighted]:bg-stone-100 data-[state=checked]:font-medium"
              >
                <RadixSelect.ItemIndicator className="absolute top-2 left-2">
                  <Check aria-hidden className="size-3.5 text-brand-700" />
                </RadixSelect.ItemIndicator>
                <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                {option.description && <span className="text-xs font-normal text-stone-500">{option.description}</span>}
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
