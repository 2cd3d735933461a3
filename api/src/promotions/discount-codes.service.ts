import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Discount } from '../checkout/totals/cart-totals';
import { Db, returnedRows } from '../platform/database/db.service';
import { DiscountCodeRefused } from './discount-code-refused.error';
import { CartContext, CODE_PATTERN, DiscountRefusal, discountOf, refusalOf, StoredDiscountCode } from './discount-code-rules';

export type DiscountCheck =
  { applies: true; discount: Discount; discountCodeId: string } | { applies: false; reason: DiscountRefusal; detail: string };

export interface RedeemedDiscountCode {
  discountCodeId: string;
  /** As the code stands at redemption: compare it with the discount the totals were computed with. */
  discount: Discount;
  usedCount: number;
  usageLimit: number | null;
}

const COLUMNS = `id, code, kind, value::float8 AS value, currency, minimum_subtotal::float8 AS "minimumSubtotal", starts_at AS "startsAt",
  ends_at AS "endsAt", usage_limit AS "usageLimit", used_count AS "usedCount", active`;

/** What other domains ask of discount codes: does this one apply to this cart, and take one use of it. */
@Injectable()
export class DiscountCodes {
  constructor(private readonly db: Db) {}

  /** Whether `code` (any case) applies to a cart with this subtotal and currency now; reads only. */
  async check(
    code: string,
    cart: Omit<CartContext, 'now'> & { now?: Date },
    manager: EntityManager = this.db.manager,
  ): Promise<DiscountCheck> {
    const stored = await this.find(manager, code);
    const refusal = stored ? refusalOf(stored, { ...cart, now: cart.now ?? new Date() }) : unknown(code);
    if (refusal) return { applies: false, ...refusal };
    return { applies: true, discount: discountOf(stored!), discountCodeId: stored!.id };
  }

  /**
   * Takes one use of the code inside the checkout's transaction, in one guarded statement: concurrent
   * checkouts queue on the row, and each re-reads `used_count` before it counts, so a limit of 5 gives
   * exactly 5 uses. A rollback gives the use back. With `cart`, currency and minimum are checked in the
   * same statement. Throws DiscountCodeRefused when the code does not apply (any more).
   */
  async redeem(tx: EntityManager, code: string, cart?: Omit<CartContext, 'now'> & { now?: Date }): Promise<RedeemedDiscountCode> {
    const now = cart?.now ?? new Date();
    const result: unknown = CODE_PATTERN.test(code.trim())
      ? await tx.query(
          `UPDATE discount_codes SET used_count = used_count + 1, updated_at = now()
            WHERE upper(code) = upper($1) AND active
              AND (starts_at IS NULL OR starts_at <= $2) AND (ends_at IS NULL OR ends_at > $2)
              AND (usage_limit IS NULL OR used_count < usage_limit)
              AND ($3::text IS NULL OR currency IS NULL OR currency = $3)
              AND ($4::bigint IS NULL OR minimum_subtotal IS NULL OR minimum_subtotal <= $4)
            RETURNING ${COLUMNS}`,
          [code.trim(), now, cart?.currency ?? null, cart?.subtotal ?? null],
        )
      : [];
    const [redeemed] = returnedRows<StoredDiscountCode>(result);
    if (!redeemed) {
      // Only on refusal: read the code to say why.
      const stored = await this.find(tx, code);
      const refusal = stored ? refusalOf(stored, { ...cart, now }) : unknown(code);
      throw new DiscountCodeRefused(refusal ?? { reason: 'used_up', detail: `The code ${code.trim()} cannot be used now.` });
    }
    return { discountCodeId: redeemed.id, discount: discountOf(redeemed), usedCount: redeemed.usedCount, usageLimit: redeemed.usageLimit };
  }

  private async find(manager: EntityManager, code: string): Promise<StoredDiscountCode | null> {
    if (!CODE_PATTERN.test(code.trim())) return null;
    const [row]: StoredDiscountCode[] = await manager.query(`SELECT ${COLUMNS} FROM discount_codes WHERE upper(code) = upper($1)`, [
      code.trim(),
    ]);
    return row ?? null;
  }
}

function unknown(code: string) {
  return { reason: 'unknown' as const, detail: `There is no discount code ${code.trim().slice(0, 40)}.` };
}
