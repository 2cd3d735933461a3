import clsx from 'clsx';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

interface ChipProps {
  children: ReactNode;
  /** Offers an × that calls it; none for a chip that only shows. */
  onRemove?: () => void;
  /** Read aloud for the ×: "Remove Netherlands". */
  removeLabel?: string;
  tone?: 'neutral' | 'brand';
  title?: string;
}

const TONES = {
  neutral: { chip: 'bg-stone-100 text-stone-800', button: 'text-stone-500 hover:bg-stone-200 hover:text-stone-800' },
  brand: { chip: 'bg-brand-50 text-brand-800 ring-1 ring-brand-700/15 ring-inset', button: 'text-brand-700 hover:bg-brand-100' },
};

/** A chosen value shown as a small pill, such as a tag or a country. */
export function Chip({ children, onRemove, removeLabel, tone = 'neutral', title }: ChipProps) {
  return (
    <span
      className={clsx(
        'inline-flex max-w-full items-center gap-1 rounded-md py-0.5 pl-2 text-[13px]',
        onRemove ? 'pr-1' : 'pr-2',
        TONES[tone].chip,
      )}
      title={title}
    >
      <span className="truncate">{children}</span>
      {onRemove && (
        <button type="button" onClick={onRemove} className={clsx('rounded p-0.5', TONES[tone].button)} aria-label={removeLabel}>
          <X aria-hidden className="size-3" />
        </button>
      )}
    </span>
  );
}
