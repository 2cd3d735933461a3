import { Injectable } from '@nestjs/common';
import type { CustomerPrincipal } from '../../auth/access/principal';
import { CustomerCredentials } from '../../auth/customers/customer-credentials.service';
import { Sessions } from '../../auth/tokens/sessions.service';
import { SavedMethodsErasure } from '../../payments/saved-methods/saved-methods-erasure.service';
import { Db } from '../../platform/database/db.service';
import { Conflict, Unauthenticated } from '../../platform/errors/domain-error';
import { AddressBook } from '../addresses/address-book.service';
import { anonymizeCarts, hasCheckoutUnderWay } from '../../cart/cart-anonymization';
import { anonymizeMailOf } from '../../notifications/mail-anonymization';
import { anonymizeOrders } from '../../orders/order-anonymization';
import type { DeleteAccountDto } from './dto/delete-account.dto';

/** Unique (it carries the id), lower-case, and in a top-level domain that can never receive mail (RFC 2606). */
export const deletedCustomerEmail = (customerId: string) => `deleted-${customerId}@anonymized.invalid`;

/**
 * "Delete my account": the person goes, the store's books stay. The customer row is kept as an anonymous
 * shell (orders keep pointing at one customer, for repeat-purchase figures), everything that names or
 * reaches the person is erased or anonymized, and every session ends.
 */
@Injectable()
export class AccountDeletion {
  constructor(
    private readonly db: Db,
    private readonly credentials: CustomerCredentials,
    private readonly sessions: Sessions,
    private readonly addresses: AddressBook,
    private readonly cards: SavedMethodsErasure,
  ) {}

  async delete(principal: CustomerPrincipal, input: DeleteAccountDto): Promise<void> {
    const customerId = principal.id;
    await this.credentials.confirm(customerId, input.password);
    await this.assertNotPaying(customerId);
    // The providers first, outside the transaction (no network call holds row locks). If one cannot be
    // reached, nothing here has changed yet and the customer simply tries again; done the other way round,
    // a failure would leave cards at Stripe that no record of ours could find any more.
    await this.cards.eraseAtProviders(customerId);
    await this.db.transaction(async (tx) => {
      const [locked]: { id: string }[] = await tx.query(`SELECT id FROM customers WHERE id = $1 AND status = 'active' FOR UPDATE`, [
        customerId,
      ]);
      if (!locked) throw new Unauthenticated('account_inactive', 'This account is no longer active.');
      if (await hasCheckoutUnderWay(tx, customerId, true)) throw checkoutUnderWay();
      const placeholder = deletedCustomerEmail(customerId);
      await this.cards.forget(tx, customerId);
      await this.addresses.removeAll(tx, customerId);
      await anonymizeOrders(tx, customerId, placeholder);
      await anonymizeCarts(tx, customerId, placeholder);
      await anonymizeMailOf(tx, customerId, placeholder);
      await tx.query(`DELETE FROM one_time_tokens WHERE subject_id = $1 AND purpose = 'password_reset'`, [customerId]);
      await tx.query(
        `UPDATE customers SET email = $2, first_name = '', last_name = '', phone = NULL, password_hash = NULL, preferences = '{}',
                status = 'deleted', deleted_at = now(), updated_at = now()
          WHERE id = $1`,
        [customerId, placeholder],
      );
      await this.sessions.endAll(tx, 'customer', customerId);
    });
  }

  /** Checked before the providers are called too, so a refused deletion has not already taken the cards. */
  private async assertNotPaying(customerId: string): Promise<void> {
    if (await hasCheckoutUnderWay(this.db.manager, customerId, false)) throw checkoutUnderWay();
  }
}

const checkoutUnderWay = () =>
  new Conflict('checkout_in_progress', 'A payment is under way for your cart; finish or cancel it, then delete the account.');
