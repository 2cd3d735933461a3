import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ShortLived } from '../platform/cache/short-lived';
import { StoreSettings } from '../settings/store-settings.service';
import { CART_SETTINGS_KEY, CartSettings, DEFAULT_CART_SETTINGS } from './cart-settings';

/** The store's cart limits and timings; a few seconds old at most. */
@Injectable()
export class CartSettingsService {
  private readonly cached = new ShortLived<'cart', CartSettings>(5_000, () => this.settings.get(CART_SETTINGS_KEY, DEFAULT_CART_SETTINGS));

  constructor(private readonly settings: StoreSettings) {}

  current(): Promise<CartSettings> {
    return this.cached.get('cart');
  }

  async save(tx: EntityManager, settings: CartSettings): Promise<void> {
    await this.settings.set(tx, CART_SETTINGS_KEY, settings);
    this.cached.clear();
  }
}
