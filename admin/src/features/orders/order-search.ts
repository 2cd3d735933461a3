import type { AdminListOrdersData } from '@tillpoint/sdk';
import {
  isFulfilmentStatus,
  isOrderStatus,
  isPaymentStatus,
  type FulfilmentStatus,
  type OrderStatus,
  type PaymentStatus,
} from './order-labels';

/** The order list's filters as the address holds them: days as YYYY-MM-DD, totals in minor units. */
export interface OrderSearch {
  q?: string;
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  fulfilmentStatus?: FulfilmentStatus;
  /** First day placed, in the viewer's time zone. */
  placedFrom?: string;
  /** Last day placed, included. */
  placedTo?: string;
  totalMin?: number;
  totalMax?: number;
}

export type OrderQuery = Omit<NonNullable<AdminListOrdersData['query']>, 'limit' | 'cursor'>;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const minor = (value: unknown) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

/** The order list's filters from the address; anything unknown is dropped. */
export function parseOrderSearch(search: Record<string, unknown>): OrderSearch {
  return {
    // The router may parse a bare order number as a number.
    q: typeof search.q === 'number' ? String(search.q) : text(search.q),
    status: isOrderStatus(search.status) ? search.status : undefined,
    paymentStatus: isPaymentStatus(search.paymentStatus) ? search.paymentStatus : undefined,
    fulfilmentStatus: isFulfilmentStatus(search.fulfilmentStatus) ? search.fulfilmentStatus : undefined,
    placedFrom: day(search.placedFrom),
    placedTo: day(search.placedTo),
    totalMin: minor(search.totalMin),
    totalMax: minor(search.totalMax),
  };
}

/** Local midnight of a YYYY-MM-DD day, as an ISO instant. */
function startOfDay(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** What the API takes: the days become instants in the viewer's time zone, the last day included. */
export function toOrderQuery({ placedFrom, placedTo, ...rest }: OrderSearch): OrderQuery {
  return {
    ...rest,
    placedFrom: placedFrom ? startOfDay(placedFrom) : undefined,
    // The API's placedTo is exclusive: "to 3 May" means before 4 May begins.
    placedTo: placedTo ? startOfDay(placedTo, 1) : undefined,
  };
}

export function isFiltered(search: OrderSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}
