import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_PREFERENCES, EmailPreferencesDto } from '../customers/preferences/dto/preferences.dto';
import { money } from '../platform/money/money';
import { Mailer, OutgoingMail } from './mailer.service';
import type { StoreBrand } from './templates/layout';
import {
  orderCancelledMail,
  orderDeliveredMail,
  orderMessageReplyMail,
  orderRefundedMail,
  orderShippedMail,
  ParcelTracking,
} from './templates/order-update-mails';

/** Who an order email goes to and what names the order: what every order email needs. */
export interface OrderMailTarget {
  id: string;
  number: number;
  email: string;
  customerId: string | null;
  firstName: string;
  currency: string;
}

type OptionalOrderEmail = keyof EmailPreferencesDto;

/**
 * The emails a customer gets as their order moves on. Each call queues the mail inside the caller's
 * transaction (a rolled-back change emails nobody). Shipped, delivered and message replies honour the
 * customer's preferences; guests have none and always get them; cancellations and refunds concern
 * their money and are always sent.
 */
@Injectable()
export class OrderNotifications {
  constructor(private readonly mailer: Mailer) {}

  async shipped(tx: EntityManager, order: OrderMailTarget, parcels: ParcelTracking[]): Promise<void> {
    if (!(await this.wants(tx, order, 'shipped'))) return;
    await this.send(tx, order, 'order-shipped', (brand) => orderShippedMail(brand, { ...this.about(brand, order), parcels }));
  }

  async delivered(tx: EntityManager, order: OrderMailTarget): Promise<void> {
    if (!(await this.wants(tx, order, 'delivered'))) return;
    await this.send(tx, order, 'order-delivered', (brand) => orderDeliveredMail(brand, this.about(brand, order)));
  }

  async cancelled(tx: EntityManager, order: OrderMailTarget, detail: { reason: string | null; refundedMinor: number }): Promise<void> {
    await this.send(tx, order, 'order-cancelled', (brand) =>
      orderCancelledMail(brand, {
        ...this.about(brand, order),
        reason: detail.reason,
        refunded: money(detail.refundedMinor, order.currency),
      }),
    );
  }

  async refunded(tx: EntityManager, order: OrderMailTarget, detail: { amountMinor: number; reason: string | null }): Promise<void> {
    await this.send(tx, order, 'order-refunded', (brand) =>
      orderRefundedMail(brand, { ...this.about(brand, order), amount: money(detail.amountMinor, order.currency), reason: detail.reason }),
    );
  }

  async messageReplied(tx: EntityManager, order: OrderMailTarget, detail: { excerpt: string }): Promise<void> {
    if (!(await this.wants(tx, order, 'messageReplies'))) return;
    await this.send(tx, order, 'order-message-reply', (brand) =>
      orderMessageReplyMail(brand, { ...this.about(brand, order), excerpt: detail.excerpt }),
    );
  }

  private send(tx: EntityManager, order: OrderMailTarget, template: string, render: OutgoingMail['render']) {
    return this.mailer.enqueue(tx, { template, to: order.email, render });
  }

  /** A customer reads the order in their account; a guest has none and finds it by number and email. */
  private about(brand: StoreBrand, order: OrderMailTarget) {
    const link = order.customerId ? `${brand.storefrontUrl}/account/orders/${order.id}` : `${brand.storefrontUrl}/orders/lookup`;
    return { number: order.number, firstName: order.firstName, link, guest: order.customerId === null };
  }

  /**
   * Read in the caller's transaction (the suite forbids a second connection inside one). The
   * preferences belong to the customers domain, whose service reads outside any transaction; the
   * defaults are its own, so a key never set means "send".
   */
  private async wants(tx: EntityManager, order: OrderMailTarget, email: OptionalOrderEmail): Promise<boolean> {
    if (!order.customerId) return true;
    const [row]: { emails: Partial<EmailPreferencesDto> | null }[] = await tx.query(
      `SELECT preferences -> 'emails' AS emails FROM customers WHERE id = $1`,
      [order.customerId],
    );
    const stored = row?.emails?.[email];
    return typeof stored === 'boolean' ? stored : DEFAULT_PREFERENCES.emails[email];
  }
}
