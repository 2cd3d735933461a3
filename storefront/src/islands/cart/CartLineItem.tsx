import type { CartLineView } from '@tillpoint/sdk';
import { Glyph } from '../../components/Glyph';
import { formatMoney } from '../../lib/money';
import { QuantityStepper } from './QuantityStepper';

interface Props {
  line: CartLineView;
  busy: boolean;
  /** The mini-cart's tighter layout. */
  compact?: boolean;
  onQuantity(quantity: number): void;
  onRemove(): void;
}

/** One cart line: picture, name, options, price (and its change since it was added), problem, quantity. */
export function CartLineItem({ line, busy, compact = false, onQuantity, onRemove }: Props) {
  const options = Object.entries(line.options).map(([name, value]) => `${name}: ${value}`);
  const image = compact ? 'size-20' : 'size-24 sm:size-28';
  return (
    <li className={`flex gap-4 py-5 ${busy ? 'opacity-60' : ''}`} data-line-id={line.id} aria-busy={busy}>
      <a href={`/products/${line.productHandle}`} className={`${image} shrink-0 overflow-hidden rounded-lg bg-stone-100`}>
        {line.thumbnailUrl ? (
          <img src={line.thumbnailUrl} alt="" className="size-full object-cover" loading="lazy" width={112} height={112} />
        ) : (
          <span className="flex size-full items-center justify-center text-stone-400">
            <Glyph name="bag" className="size-6" />
          </span>
        )}
      </a>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <a href={`/products/${line.productHandle}`} className="text-sm font-semibold text-stone-950 hover:underline">
              {line.title}
            </a>
            {options.length > 0 && <p className="mt-0.5 text-sm text-stone-500">{options.join(' · ')}</p>}
            {!compact && <p className="mt-0.5 text-sm text-stone-500 tabular-nums">{formatMoney(line.unitPrice)} each</p>}
          </div>
          <p className="shrink-0 text-sm font-semibold text-stone-950 tabular-nums">{formatMoney(line.subtotal)}</p>
        </div>
        {line.priceChanged && <PriceChangedNote line={line} />}
        {line.problem && (
          <p className="flex items-start gap-1.5 text-sm text-red-700" role="alert">
            <Glyph name="alert" className="mt-0.5 size-4 shrink-0" />
            {line.problem}
          </p>
        )}
        <div className="mt-auto flex items-center justify-between gap-3">
          <QuantityStepper quantity={line.quantity} label={line.title} disabled={busy} onChange={onQuantity} />
          <button
            type="button"
            onClick={onRemove}
            disabled={busy}
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm font-medium text-stone-600 hover:bg-stone-100 hover:text-stone-950 disabled:opacity-40"
          >
            <Glyph name="trash" className="size-4" />
            Remove<span className="sr-only"> {line.title}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

function PriceChangedNote({ line }: { line: CartLineView }) {
  const up = line.unitPrice.amount > line.unitPriceWhenAdded.amount;
  return (
    <p className={`rounded-md px-2.5 py-1.5 text-xs font-medium ${up ? 'bg-amber-50 text-amber-900' : 'bg-emerald-50 text-emerald-900'}`}>
      {up ? 'Price went up' : 'Price dropped'} from {formatMoney(line.unitPriceWhenAdded)} to {formatMoney(line.unitPrice)} since you added
      it.
    </p>
  );
}
