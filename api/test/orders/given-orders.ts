import { randomUUID } from 'node:crypto';
import { givenCheckout } from '../checkout/given-checkout';
import { stockFor } from '../inventory/stock-fixtures';
import type { Given } from '../support/given';
import type { Answer } from '../support/http';
import type { TestApp } from '../support/test-app';

export interface AdminOrder {
  id: string;
  number: number;
  status: string;
  paymentStatus: string;
  fulfilmentStatus: string;
  allowedActions: string[];
  total: { amount: number };
  paidAmount: { amount: number };
  refundedAmount: { amount: number };
  refundableAmount: { amount: number };
  paymentIds: string[];
  lines: { id: string; quantity: number; fulfilledQuantity: number; returnedQuantity: number }[];
  fulfillments: {
    id: string;
    locationId: string;
    carrier: string | null;
    trackingNumber: string | null;
    trackingUrl: string | null;
    lines: { lineId: string; quantity: number }[];
    shippedAt: string | null;
    deliveredAt: string | null;
  }[];
  refunds: { id: string; amount: { amount: number }; state: string; returnId: string | null }[];
  returns: { id: string; status: string; lines: { lineId: string; quantity: number; restocked: number; damaged: number }[] }[];
  timeline: { kind: string; data: Record<string, unknown>; actorType: string; actorName: string | null }[];
  shippingAddress: { line1: string; postcode: string };
}

export type OrderAnswer = Answer<AdminOrder & { code?: string; detail?: string; errors?: { pointer: string }[] }>;

/** Orders placed through the real checkout, and the staff calls that move them on. */
export async function givenOrders(app: TestApp, given: Given, staffToken: string) {
  const shop = await givenCheckout(app, given, staffToken);
  const stock = stockFor(app, given);
  const location = await stock.location(staffToken);

  return {
    shop,
    stock,
    location,
    /** A tracked variant with `onHand` units at the shop's location. */
    async variant(onHand = 10, price = 1000): Promise<string> {
      const { variantId } = await shop.cart.variant({ price, trackInventory: true });
      await stock.receive(staffToken, variantId, location.id, onHand);
      return variantId;
    },
    /** An order placed and paid (sandbox, captured) or cash on delivery, as a guest. */
    async place(variantId: string, quantity: number, provider: 'sandbox' | 'cash_on_delivery' = 'sandbox', customerToken?: string) {
      const cart = await shop.readyCart(variantId, quantity, customerToken);
      const paid = await shop.pay(cart.id, cart.auth, {
        provider,
        methodToken: provider === 'sandbox' ? 'tok_sandbox_approve' : undefined,
      });
      if (paid.status !== 201 || !paid.body.order) throw new Error(`place: ${JSON.stringify(paid.body)}`);
      return (await this.get(paid.body.order.id)).body;
    },
    get(orderId: string, token = staffToken): Promise<OrderAnswer> {
      return given.http.get(`/admin/orders/${orderId}`, { token });
    },
    act(orderId: string, step: string, body: Record<string, unknown> = {}, token = staffToken, headers?: Record<string, string>) {
      return given.http.post<OrderAnswer['body']>(`/admin/orders/${orderId}/${step}`, { token, body, headers });
    },
    refund(orderId: string, amount: number, token = staffToken, key: string = randomUUID(), extra: Record<string, unknown> = {}) {
      return this.act(orderId, 'refunds', { amount, ...extra }, token, { 'idempotency-key': key });
    },
    async onHand(variantId: string, locationId = location.id): Promise<number> {
      return (await stock.level(variantId, locationId))?.onHand ?? 0;
    },
    async movements(orderId: string): Promise<{ kind: string; reason: string | null; on_hand_delta: number; location_id: string }[]> {
      return app.db.manager.query(
        `SELECT kind, reason, on_hand_delta, location_id FROM stock_movements WHERE reference_type = 'order' AND reference_id = $1 ORDER BY id`,
        [orderId],
      );
    },
  };
}
