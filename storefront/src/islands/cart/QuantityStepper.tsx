import { Glyph } from '../../components/Glyph';

interface Props {
  quantity: number;
  /** What the line is called, so that "Increase quantity" says of what. */
  label: string;
  disabled?: boolean;
  onChange(quantity: number): void;
}

const buttonClass =
  'flex size-9 items-center justify-center text-stone-600 transition-colors hover:bg-stone-100 hover:text-stone-950 disabled:cursor-not-allowed disabled:opacity-40';

/** − n +, with a minimum of one: taking a line out is the Remove button's job. */
export function QuantityStepper({ quantity, label, disabled = false, onChange }: Props) {
  return (
    <div className="inline-flex items-center rounded-lg border border-stone-300 bg-white" role="group" aria-label={`Quantity of ${label}`}>
      <button
        type="button"
        className={`${buttonClass} rounded-l-lg`}
        disabled={disabled || quantity <= 1}
        onClick={() => onChange(quantity - 1)}
        aria-label={`Decrease quantity of ${label}`}
      >
        <Glyph name="minus" className="size-4" />
      </button>
      <output className="min-w-8 text-center text-sm font-medium tabular-nums" aria-live="polite">
        {quantity}
      </output>
      <button
        type="button"
        className={`${buttonClass} rounded-r-lg`}
        disabled={disabled}
        onClick={() => onChange(quantity + 1)}
        aria-label={`Increase quantity of ${label}`}
      >
        <Glyph name="plus" className="size-4" />
      </button>
    </div>
  );
}
