import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, returnedRows } from '../../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../../platform/errors/domain-error';
import { normalisedAddress, postalAddressProblems } from '../../shipping/postal-address';
import { AddressBookEntryView, AddressBookView, SaveAddressDto } from './dto/address-book.dto';
import { isUuid } from '../../platform/validation/uuid';

export const MAX_ADDRESSES = 50;

interface AddressRow {
  id: string;
  label: string | null;
  address: AddressBookEntryView['address'];
  default_shipping: boolean;
  default_billing: boolean;
}

/**
 * A customer's saved addresses. Every query names the customer, so another customer's address is "not
 * found"; the defaults move in the same transaction, and partial unique indexes keep one of each.
 */
@Injectable()
export class AddressBook {
  constructor(private readonly db: Db) {}

  async list(customerId: string): Promise<AddressBookView> {
    const rows: AddressRow[] = await this.db.read(
      `SELECT * FROM customer_addresses WHERE customer_id = $1 ORDER BY created_at, id LIMIT ${MAX_ADDRESSES}`,
      [customerId],
    );
    return { items: rows.map(toEntry) };
  }

  add(customerId: string, input: SaveAddressDto): Promise<AddressBookEntryView> {
    const address = checked(input);
    return this.db.transaction(async (tx) => {
      // The customer row lock orders concurrent adds, so the count and "first address is default" hold.
      await tx.query(`SELECT 1 FROM customers WHERE id = $1 FOR UPDATE`, [customerId]);
      const [{ count }]: { count: number }[] = await tx.query(
        `SELECT count(*)::int AS count FROM customer_addresses WHERE customer_id = $1`,
        [customerId],
      );
      if (count >= MAX_ADDRESSES) throw new Conflict('address_book_full', `An address book holds at most ${MAX_ADDRESSES} addresses.`);
      const defaults = { shipping: count === 0 || Boolean(input.defaultShipping), billing: count === 0 || Boolean(input.defaultBilling) };
      await this.clearDefaults(tx, customerId, defaults);
      const [row]: AddressRow[] = await tx.query(
        `INSERT INTO customer_addresses (customer_id, label, address, default_shipping, default_billing) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [customerId, input.label?.trim() || null, JSON.stringify(address), defaults.shipping, defaults.billing],
      );
      return toEntry(row);
    });
  }

  replace(customerId: string, id: string, input: SaveAddressDto): Promise<AddressBookEntryView> {
    const address = checked(input);
    return this.db.transaction(async (tx) => {
      const current = await this.lock(tx, customerId, id);
      // A default stays one until another address takes it: unticking alone would leave none.
      const defaults = {
        shipping: current.default_shipping || Boolean(input.defaultShipping),
        billing: current.default_billing || Boolean(input.defaultBilling),
      };
      await this.clearDefaults(tx, customerId, defaults);
      const [row] = returnedRows<AddressRow>(
        await tx.query(
          `UPDATE customer_addresses SET label = $3, address = $4, default_shipping = $5, default_billing = $6, updated_at = now()
            WHERE id = $1 AND customer_id = $2 RETURNING *`,
          [id, customerId, input.label?.trim() || null, JSON.stringify(address), defaults.shipping, defaults.billing],
        ),
      );
      return toEntry(row);
    });
  }

  remove(customerId: string, id: string): Promise<void> {
    return this.db.transaction(async (tx) => {
      const removed = await this.lock(tx, customerId, id);
      await tx.query(`DELETE FROM customer_addresses WHERE id = $1`, [id]);
      // The oldest address left inherits a default the removed one had, so a customer with addresses always has both.
      for (const [flag, had] of [
        ['default_shipping', removed.default_shipping],
        ['default_billing', removed.default_billing],
      ] as const) {
        if (!had) continue;
        await tx.query(
          `UPDATE customer_addresses SET ${flag} = true WHERE id = (SELECT id FROM customer_addresses WHERE customer_id = $1 ORDER BY created_at, id LIMIT 1)`,
          [customerId],
        );
      }
    });
  }

  /** Account deletion: the whole book, in the caller's transaction. */
  async removeAll(tx: EntityManager, customerId: string): Promise<void> {
    await tx.query(`DELETE FROM customer_addresses WHERE customer_id = $1`, [customerId]);
  }

  private async lock(tx: EntityManager, customerId: string, id: string): Promise<AddressRow> {
    const [row]: AddressRow[] = isUuid(id)
      ? await tx.query(`SELECT * FROM customer_addresses WHERE id = $1 AND customer_id = $2 FOR UPDATE`, [id, customerId])
      : [];
    if (!row) throw new NotFound('address');
    return row;
  }

  private async clearDefaults(tx: EntityManager, customerId: string, taking: { shipping: boolean; billing: boolean }): Promise<void> {
    if (taking.shipping)
      await tx.query(`UPDATE customer_addresses SET default_shipping = false WHERE customer_id = $1 AND default_shipping`, [customerId]);
    if (taking.billing)
      await tx.query(`UPDATE customer_addresses SET default_billing = false WHERE customer_id = $1 AND default_billing`, [customerId]);
  }
}

function checked(input: SaveAddressDto) {
  const problems = postalAddressProblems(input, '');
  if (problems.length) throw new ValidationFailed(problems);
  const { label: _label, defaultShipping: _s, defaultBilling: _b, ...address } = input;
  return normalisedAddress(address);
}

function toEntry(row: AddressRow): AddressBookEntryView {
  return { id: row.id, label: row.label, address: row.address, defaultShipping: row.default_shipping, defaultBilling: row.default_billing };
}
