import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { DEFAULT_PREFERENCES, PreferencesDto } from './dto/preferences.dto';

/** A customer's shopping and communication preferences, read with defaults for anything never set. */
@Injectable()
export class CustomerPreferences {
  constructor(private readonly db: Db) {}

  async get(customerId: string): Promise<PreferencesDto> {
    const [row]: { preferences: Partial<PreferencesDto> }[] = await this.db.read(`SELECT preferences FROM customers WHERE id = $1`, [
      customerId,
    ]);
    const stored = row?.preferences ?? {};
    return { ...DEFAULT_PREFERENCES, ...stored, emails: { ...DEFAULT_PREFERENCES.emails, ...stored.emails } };
  }

  async replace(customerId: string, input: PreferencesDto): Promise<PreferencesDto> {
    const favourites = [...new Set(input.favouriteCategoryIds.map((id) => id.toLowerCase()))];
    const known: { id: string }[] = await this.db.read(`SELECT id FROM categories WHERE id = ANY($1::uuid[])`, [favourites]);
    const knownIds = new Set(known.map((c) => c.id));
    const unknown = favourites.flatMap((id, i) =>
      knownIds.has(id) ? [] : [{ pointer: `/favouriteCategoryIds/${i}`, detail: 'is not a category' }],
    );
    if (unknown.length) throw new ValidationFailed(unknown);
    const preferences: PreferencesDto = {
      marketingEmails: input.marketingEmails,
      favouriteCategoryIds: favourites,
      preferredDeliveryKind: input.preferredDeliveryKind,
      preferredPaymentProvider: input.preferredPaymentProvider,
      emails: { shipped: input.emails.shipped, delivered: input.emails.delivered, messageReplies: input.emails.messageReplies },
    };
    await this.db.transaction((tx) =>
      tx.query(`UPDATE customers SET preferences = $2 WHERE id = $1`, [customerId, JSON.stringify(preferences)]),
    );
    return preferences;
  }
}
