import type { AdminProductSummaryView } from '@tillpoint/sdk';
import { useState } from 'react';
import { useStoreCurrency } from '../../../app/use-store-info';
import { formatMoney } from '../../../shared/format/money';
import { Button } from '../../../shared/ui/Button';
import { Dialog, DialogFooter } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { Notice, ProblemNotice } from '../../../shared/ui/Notice';
import { toast } from '../../../shared/ui/toast';
import { parsePercentHundredths } from '../../../shared/format/percent';
import { adjustedAmount } from '../price-adjustment';
import { useBulkUpdateProducts } from '../use-products';

const MIN = -9000;
const MAX = 50_000;
const SHOWN = 5;

interface AdjustPricesDialogProps {
  products: AdminProductSummaryView[];
  onOpenChange: (open: boolean) => void;
  onAdjusted: () => void;
}

/** Raises or lowers the base prices of the ticked products by a percentage, showing the effect before it happens. */
export function AdjustPricesDialog({ products, onOpenChange, onAdjusted }: AdjustPricesDialogProps) {
  const currency = useStoreCurrency();
  const bulk = useBulkUpdateProducts();
  const [text, setText] = useState('');
  const hundredths = parsePercentHundredths(text);
  const valid = hundredths !== null && hundredths !== 0 && hundredths >= MIN && hundredths <= MAX;
  const error = text.trim() && !valid ? 'Enter a percentage from −90 to 500, such as −10 or 5.5, other than 0' : undefined;

  const adjust = () => {
    if (!valid || hundredths === null) return;
    bulk.mutate(
      { productIds: products.map((product) => product.id), action: 'adjust_prices', percent: hundredths / 100, currency },
      {
        onSuccess: ({ updated }) => {
          toast.success(`${updated} variant price${updated === 1 ? '' : 's'} in ${currency} changed.`);
          onAdjusted();
          onOpenChange(false);
        },
      },
    );
  };

  return (
    <Dialog
      open
      onOpenChange={onOpenChange}
      title="Adjust prices"
      description={`Changes the base price of every variant of ${products.length === 1 ? 'the selected product' : `${products.length} products`}.`}
    >
      <div className="space-y-4">
        {bulk.error && <ProblemNotice error={bulk.error} />}
        <TextField
          label="Change by (%)"
          inputMode="decimal"
          placeholder="−10"
          autoComplete="off"
          className="sm:max-w-40"
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={error}
          hint="Negative lowers prices. Rounded to the cent."
        />
        {valid && hundredths !== null && (
          <Notice tone={hundredths < 0 ? 'warning' : 'info'} title="What happens">
            <p>
              Base prices in {currency} go {hundredths < 0 ? 'down' : 'up'} by {Math.abs(hundredths / 100)}%. Running sales apply to the new
              prices; compare-at prices stay as they are. Prices in other currencies do not change.
            </p>
            <ul className="mt-2 space-y-0.5">
              {products.slice(0, SHOWN).map((product) => (
                <li key={product.id} className="flex justify-between gap-3">
                  <span className="truncate">{product.title}</span>
                  {product.priceFrom && (
                    <span className="shrink-0 tabular-nums">
                      from {formatMoney(product.priceFrom)} →{' '}
                      {formatMoney({ ...product.priceFrom, amount: adjustedAmount(product.priceFrom.amount, hundredths) })}
                    </span>
                  )}
                </li>
              ))}
              {products.length > SHOWN && <li>and {products.length - SHOWN} more</li>}
            </ul>
          </Notice>
        )}
      </div>
      <DialogFooter>
        <Button onClick={() => onOpenChange(false)}>Cancel</Button>
        <Button variant="primary" onClick={adjust} disabled={!valid} loading={bulk.isPending}>
          Adjust prices
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
