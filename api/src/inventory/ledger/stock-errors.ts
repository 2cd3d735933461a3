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
