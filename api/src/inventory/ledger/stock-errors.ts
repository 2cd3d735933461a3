import { DomainError } from '../../platform/errors/domain-error';

/** A change would leave less than nothing to sell of a variant that is tracked and takes no backorders. */
export class InsufficientStock extends DomainError {
  readonly status = 409;
  readonly code = 'insufficient_stock';
  readonly title = 'Not enough stock';
}

/** A release or sale would take back more than is reserved: a bug or a double release in the caller. */
export class ReservationExceeded extends DomainError {
  readonly status = 409;
  readonly code = 'reservation_exceeded';
  readonly title = 'Not that much is reserved';
}

/** A level would leave the range the database stores (a 32-bit integer). */
export class StockOutOfRange extends DomainError {
  readonly status = 409;
  readonly code = 'stock_out_of_range';
  readonly title = 'Stock level out of range';
}

/** Not enough of some variants to hold for a checkout; `shortages` says which and how many there are. */
export class OutOfStock extends DomainError {
  readonly status = 409;
  readonly code = 'out_of_stock';
  readonly title = 'Not enough stock';

  constructor(readonly shortages: { variantId: string; requested: number; available: number }[]) {
    super(
      shortages.length === 1
        ? `Only ${shortages[0].available} of a product are left; ${shortages[0].requested} were asked for.`
        : `${shortages.length} products do not have enough stock.`,
    );
  }
}
