import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../platform/database/db.service';
import { StoreSetting } from './store-setting.entity';

/**
 * Reads and writes a group of settings. Each domain owns the shape of its group and its defaults:
 * `settings.get('shipping', DEFAULT_SHIPPING_CALENDAR)`.
 */
@Injectable()
export class StoreSettings {
  constructor(private readonly db: Db) {}

  /** Pass the transaction's manager when reading inside one. */
  async get<T extends object>(key: string, defaults: T, manager: EntityManager = this.db.manager): Promise<T> {
    const row = await manager.findOne(StoreSetting, { where: { key } });
    return { ...defaults, ...((row?.value as Partial<T> | undefined) ?? {}) };
  }

  async set<T extends object>(tx: EntityManager, key: string, value: T): Promise<void> {
    await tx.upsert(StoreSetting, { key, value }, ['key']);
  }
}
