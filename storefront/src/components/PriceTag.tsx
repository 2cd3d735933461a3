import { formatMoney, type Money } from '../lib/money';

interface Props {
  /** What the shopper pays; with `from`, the lowest price of the product. */
  price: Money;
  /** The price before the sale, struck through. */
  wasPrice?: Money | null;
  /** Prices differ between variants: "from €49.90". */
  from?: boolean;
  size?: 'sm' | 'lg';
}

/** A price as every page shows it: used by the product cards and, through the variant picker, the product page. */
export function PriceTag({ price, wasPrice = null, from = false, size = 'sm' }: Props) {
  const onSale = wasPrice !== null && wasPrice.amount > price.amount;
  const text = size === 'lg' ? 'text-2xl' : 'text-sm';
  return (
    <p className={`flex flex-wrap items-baseline gap-x-2 ${text}`}>
      <span className={`font-semibold tabular-nums ${onSale ? 'text-red-700' : 'text-stone-950'}`}>
        {from && <span className="font-normal text-stone-500">from </span>}
        {formatMoney(price)}
      </span>
      {onSale && (
        <span className={`text-stone-500 tabular-nums ${size === 'lg' ? 'text-base' : 'text-xs'}`}>
          <span className="sr-only">was </span>
          <s>{formatMoney(wasPrice)}</s>
        </span>
      )}
    </p>
  );
}
