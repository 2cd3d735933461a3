import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFound } from '../../platform/errors/domain-error';
import { PaymentProviderNotConfigured } from '../payment-errors';
import type { SavedCardProvider } from '../payment-provider';
import { PaymentProviders } from '../payment-providers.service';
import { SavedCardProviderId, SavedMethodRepository } from './saved-method.repository';

/**
 * Runs a clean-up call at a provider. A provider no longer set up keeps nothing we could reach, and an
 * object already gone is what we wanted; anything else (the provider unreachable) is thrown, to try again.
 */
export async function atProviderUnlessGone(
  providers: PaymentProviders,
  provider: SavedCardProviderId,
  work: (keeper: SavedCardProvider) => Promise<void>,
): Promise<void> {
  try {
    await work(await providers.savedCards(provider));
  } catch (error) {
    if (!(error instanceof PaymentProviderNotConfigured) && !(error instanceof NotFound)) throw error;
  }
}

/** Payments' part of deleting an account: the cards and provider customers go at the providers, then here. */
@Injectable()
export class SavedMethodsErasure {
  constructor(
    private readonly providers: PaymentProviders,
    private readonly methods: SavedMethodRepository,
  ) {}

  /** Outside any transaction (network calls): every card detached, then every provider customer deleted. */
  async eraseAtProviders(customerId: string): Promise<void> {
    for (const method of await this.methods.list(customerId)) {
      await atProviderUnlessGone(this.providers, method.provider, (keeper) => keeper.detachMethod(method.providerMethodId));
    }
    for (const { provider, providerCustomerId } of await this.methods.providerCustomers(customerId)) {
      await atProviderUnlessGone(this.providers, provider, (keeper) => keeper.deleteCustomer(providerCustomerId));
    }
  }

  /** In the caller's transaction, once the providers forgot them: our records of the cards and provider customers. */
  forget(tx: EntityManager, customerId: string): Promise<void> {
    return this.methods.deleteAllOf(tx, customerId);
  }
}
