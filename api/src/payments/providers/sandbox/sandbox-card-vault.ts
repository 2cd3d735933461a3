import { timingSafeEqual, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadRequest, NotFound } from '../../../platform/errors/domain-error';
import type { Payer, SavedCardProvider, SavedMethod } from '../../payment-provider';
import { SandboxObjects } from './sandbox-objects';
import { SANDBOX_CARDS, sandboxExpiry } from './sandbox-tokens';

export interface SandboxCardData {
  customer: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  declines: boolean;
}

interface SandboxCustomerData {
  email: string;
  defaultMethod?: string;
}

interface SetupData {
  customer: string;
  secret: string;
  cardId: string | null;
}

/** The sandbox's saved cards: fake "4242" cards kept per sandbox customer, saved through a setup the shopper confirms. */
@Injectable()
export class SandboxCardVault implements SavedCardProvider {
  constructor(private readonly objects: SandboxObjects) {}

  async ensureCustomer(payer: Payer): Promise<string> {
    if (payer.providerCustomerId) return payer.providerCustomerId;
    const key = payer.customerId ? `customer:${payer.customerId}` : null;
    return (await this.objects.insertOnce<SandboxCustomerData>('customer', 'cus', key, { email: payer.email })).id;
  }

  async createSetup(providerCustomerId: string): Promise<{ clientSecret: string; setupReference: string }> {
    const secret = randomBytes(16).toString('hex');
    const setup = await this.objects.insertOnce<SetupData>('setup', 'seti', null, { customer: providerCustomerId, secret, cardId: null });
    return { clientSecret: `${setup.id}_secret_${secret}`, setupReference: setup.id };
  }

  /**
   * What Stripe.js does in the browser for a real provider: confirms a setup, authorised by its client secret,
   * with a test card token. Confirming again answers the card saved the first time.
   */
  async confirmSetup(clientSecret: string, token: string): Promise<{ setupReference: string; providerMethodId: string }> {
    const [id, secret] = clientSecret.split('_secret_');
    const spec = SANDBOX_CARDS[token];
    if (!spec) {
      throw new BadRequest('unknown_test_card', `Use one of the sandbox test cards: ${Object.keys(SANDBOX_CARDS).join(', ')}.`, [
        { pointer: '/token', detail: 'is not a sandbox test card' },
      ]);
    }
    return this.objects.transaction(async (tx) => {
      const setup = id && secret ? await this.objects.get<SetupData>('setup', id, tx, true) : null;
      if (!setup || !sameSecret(setup.data.secret, secret)) throw new NotFound('setup');
      if (setup.data.cardId) return { setupReference: setup.id, providerMethodId: setup.data.cardId };
      const card = await this.createCard(setup.data.customer, spec, tx);
      await this.objects.save(tx, 'setup', setup.id, { ...setup.data, cardId: card.providerMethodId });
      return { setupReference: setup.id, providerMethodId: card.providerMethodId };
    });
  }

  async createCard(
    customer: string,
    spec: { brand: string; last4: string; declines: boolean },
    tx?: Parameters<SandboxObjects['get']>[2],
  ): Promise<SavedMethod> {
    const data: SandboxCardData = { customer, brand: spec.brand, last4: spec.last4, declines: spec.declines, ...sandboxExpiry() };
    const card = await this.objects.insertOnce('card', 'pm', null, data, tx);
    return toSavedMethod(card.id, data);
  }

  async card(providerMethodId: string): Promise<SandboxCardData | null> {
    return (await this.objects.get<SandboxCardData>('card', providerMethodId))?.data ?? null;
  }

  async describeMethod(providerMethodId: string): Promise<SavedMethod> {
    const card = await this.card(providerMethodId);
    if (!card) throw new NotFound('payment method');
    return toSavedMethod(providerMethodId, card);
  }

  async detachMethod(providerMethodId: string): Promise<void> {
    await this.objects.delete('card', providerMethodId);
  }

  /** Like Stripe, only a card of this customer can be their default. */
  async setDefaultMethod(providerCustomerId: string, providerMethodId: string): Promise<void> {
    const card = await this.card(providerMethodId);
    if (card?.customer !== providerCustomerId) throw new NotFound('payment method');
    await this.objects.transaction(async (tx) => {
      const customer = await this.objects.get<SandboxCustomerData>('customer', providerCustomerId, tx, true);
      if (!customer) throw new NotFound('sandbox customer');
      await this.objects.save(tx, 'customer', customer.id, { ...customer.data, defaultMethod: providerMethodId });
    });
  }

  async deleteCustomer(providerCustomerId: string): Promise<void> {
    await this.objects.delete('customer', providerCustomerId);
  }
}

export function toSavedMethod(id: string, card: SandboxCardData): SavedMethod {
  return {
    providerMethodId: id,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
    providerCustomerId: card.customer,
  };
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
