import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { StoreSettings } from '../settings/store-settings.service';
import { CART_SETTINGS_KEY, CartSettings, DEFAULT_CART_SETTINGS } from './cart-settings';

/** The store's cart limits and timings; a few seconds old at most. */
@Injectable()
export class CartSettingsService {
  private cached: { settings: Promise<CartSettings>; expiresAt: number } | null = null;

  constructor(private readonly settings: StoreSettings) {}

  current(): Promise<CartSettings> {
    const now = Date.now();
    if (this.cached && this.cached.expiresAt > now) return this.cached.settings;
    const settings = this.settings.get(CART_SETTINGS_KEY, DEFAULT_CART_SETTINGS);
    this.cached = { settings, expiresAt: now + 5_000 };
    settings.catch(() => (this.cached = null));
    return settings;
  }

  async save(tx: EntityManager, settings: CartSettings): Promise<void> {
    await this.settings.set(tx, CART_SETTINGS_KEY, settings);
    this.cached = null;
  }
}
