import type { CartView } from '@tillpoint/sdk';
import type { CartActions } from './use-cart';
import { CartLineItem } from './CartLineItem';

interface Props {
  cart: CartView;
  busyLines: ReadonlySet<string>;
  actions: CartActions;
  compact?: boolean;
}

/** The lines of a cart, on the cart page and in the mini-cart. */
export function CartLines({ cart, busyLines, actions, compact }: Props) {
  return (
    <ul className="divide-y divide-stone-200" aria-label="Items in your cart">
      {cart.lines.map((line) => (
        <CartLineItem
          key={line.id}
          line={line}
          compact={compact}
          busy={busyLines.has(line.id)}
          onQuantity={(quantity) => actions.changeQuantity(line.id, quantity)}
          onRemove={() => actions.remove(line.id)}
        />
      ))}
    </ul>
  );
}
