import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CartTotals } from '../checkout/totals/cart-totals';
import { orderConfirmationMail } from '../notifications/templates/order-mails';
import { Mailer } from '../notifications/mailer.service';
import type { OrderPaymentState } from './order-payment-status';
import { AppConfig } from '../platform/config/app-config';
import type { PostalAddress } from '../shipping/postal-address';

export interface PlacedLine {
  lineId: string;
  variantId: string;
  productId: string;
  sku: string;
  title: string;
  variantTitle: string;
  quantity: number;
  unitPrice: number;
}

export interface NewOrder {
  cartId: string;
  customerId: string | null;
  email: string;
  currency: string;
  paymentProvider: string;
  paymentStatus: OrderPaymentState;
  /** Shown as "paid by …" in the confirmation. */
  paymentLabel: string;
  totals: CartTotals;
  lines: PlacedLine[];
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
  shippingMethod: { methodId: string; name: string; kind: string; price: number; estimate: { earliest: string; latest: string } | null };
  discountCode: string | null;
  actor: { type: 'customer' | 'system'; id: string | null };
}

/** Writes an order, its lines and its first timeline event, and queues the confirmation, in the checkout's transaction. */
@Injectable()
export class OrderPlacement {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async place(tx: EntityManager, order: NewOrder): Promise<{ id: string; number: number }> {
    const { totals } = order;
    // Why: a card order waits for its money; an authorized or captured one, or cash on delivery, is confirmed.
    const confirmed = order.paymentProvider === 'cash_on_delivery' || order.paymentStatus !== 'pending';
    const [row]: { id: string; number: string }[] = await tx.query(
      `INSERT INTO orders (cart_id, customer_id, email, currency, payment_status, payment_provider, subtotal, discount_total, shipping_total,
                           tax_total, total, taxes_included, discount_code, shipping_address, billing_address, shipping_method,
                           status, paid_amount)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id, number`,
      [
        order.cartId,
        order.customerId,
        order.email,
        order.currency,
        order.paymentStatus,
        order.paymentProvider,
        totals.subtotal,
        totals.discountTotal,
        totals.shipping - totals.shippingDiscount,
        totals.taxTotal,
        totals.total,
        totals.taxIncludedInPrices,
        order.discountCode,
        JSON.stringify(order.shippingAddress),
        JSON.stringify(order.billingAddress),
        JSON.stringify(order.shippingMethod),
        confirmed ? 'confirmed' : 'awaiting_payment',
        order.paymentStatus === 'paid' ? totals.total : 0,
      ],
    );
    const byLine = new Map(totals.lines.map((line) => [line.lineId, line]));
    const lines = order.lines.map((line) => ({ ...line, totals: byLine.get(line.lineId)! }));
    await tx.query(
      `INSERT INTO order_lines (order_id, position, variant_id, product_id, sku, title, variant_title, quantity, unit_price, discount, tax, total)
       SELECT $1, l.position, l.variant_id, l.product_id, l.sku, l.title, l.variant_title, l.quantity, l.unit_price, l.discount, l.tax, l.total
         FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])
           AS l (position, variant_id, product_id, sku, title, variant_title, quantity, unit_price, discount, tax, total)`,
      [
        row.id,
        lines.map((_, i) => i + 1),
        lines.map((l) => l.variantId),
        lines.map((l) => l.productId),
        lines.map((l) => l.sku),
        lines.map((l) => l.title),
        lines.map((l) => l.variantTitle),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unitPrice),
        lines.map((l) => l.totals.discount),
        lines.map((l) => l.totals.tax),
        lines.map((l) => l.totals.total),
      ],
    );
    await tx.query(`INSERT INTO order_events (order_id, kind, data, actor_type, actor_id) VALUES ($1, 'placed', $2, $3, $4)`, [
      row.id,
      JSON.stringify({
        total: totals.total,
        currency: order.currency,
        paymentStatus: order.paymentStatus,
        provider: order.paymentProvider,
      }),
      order.actor.type,
      order.actor.id,
    ]);
    const number = Number(row.number);
    const money = (amount: number) => ({ amount, currency: order.currency });
    await this.mailer.enqueue(tx, {
      template: 'order-confirmation',
      to: order.email,
      render: (brand) =>
        orderConfirmationMail(brand, {
          number,
          firstName: order.shippingAddress.firstName,
          lines: lines.map((l) => ({ title: l.title, variantTitle: l.variantTitle, quantity: l.quantity, total: money(l.totals.total) })),
          shipping: money(totals.shipping - totals.shippingDiscount),
          discount: money(totals.discountTotal),
          tax: money(totals.taxTotal),
          taxIncluded: totals.taxIncludedInPrices,
          total: money(totals.total),
          deliveryMethod: order.shippingMethod.name,
          estimate: order.shippingMethod.estimate,
          paidBy: order.paymentLabel,
          // Why: a guest has no account page; they find the order by its number and their email.
          link: order.customerId
            ? `${this.config.store.storefrontUrl}/account/orders/${row.id}`
            : `${this.config.store.storefrontUrl}/orders/lookup`,
        }),
    });
    return { id: row.id, number };
  }
}
