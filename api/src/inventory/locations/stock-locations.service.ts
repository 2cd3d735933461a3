import { Injectable } from '@nestjs/common';
import { Db, isUniqueViolation } from '../../platform/database/db.service';
import { Conflict, NotFound } from '../../platform/errors/domain-error';
import { KeysetOrder, keysetPage } from '../../platform/pagination/keyset';
import { Page, PageQuery } from '../../platform/pagination/page';
import { CreateStockLocationDto, UpdateStockLocationDto } from './dto/stock-location.dto';
import { StockLocationView, toStockLocationView } from './dto/stock-location.view';
import { StockLocation } from './stock-location.entity';

/** By code, which is unique and indexed (stock_locations_code_key): the order people look for them in. */
const BY_CODE: KeysetOrder<StockLocation> = { direction: 'ASC', columns: [{ expression: 'l.code', value: (row) => row.code }] };

/** Where stock is kept: listing, opening, editing and deactivating locations. */
@Injectable()
export class StockLocations {
  constructor(private readonly db: Db) {}

  async list(query: PageQuery): Promise<Page<StockLocationView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(StockLocation, 'l'), BY_CODE, query);
    return { items: page.items.map(toStockLocationView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<StockLocationView> {
    const location = await this.db.manager.findOne(StockLocation, { where: { id } });
    if (!location) throw new NotFound('stock location');
    return toStockLocationView(location);
  }

  async create(input: CreateStockLocationDto): Promise<StockLocationView> {
    const location = this.db.manager.create(StockLocation, {
      code: input.code,
      name: input.name.trim(),
      country: input.country.toUpperCase(),
      region: input.region?.trim() || null,
      city: input.city?.trim() ?? '',
      postcode: input.postcode?.trim() ?? '',
      addressLine: input.addressLine?.trim() ?? '',
      pickupEnabled: input.pickupEnabled ?? false,
      active: true,
    });
    return toStockLocationView(await withUniqueCode(() => this.db.manager.save(location)));
  }

  async update(id: string, input: UpdateStockLocationDto): Promise<StockLocationView> {
    return withUniqueCode(() =>
      this.db.transaction(async (tx) => {
        const location = await tx.findOne(StockLocation, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!location) throw new NotFound('stock location');
        const changes = changesOf(input);
        if (!Object.keys(changes).length) return toStockLocationView(location);
        return toStockLocationView(await tx.save(Object.assign(location, changes)));
      }),
    );
  }
}

function changesOf(input: UpdateStockLocationDto): Partial<StockLocation> {
  const changes: Partial<StockLocation> = {};
  if (input.code !== undefined) changes.code = input.code;
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.country !== undefined) changes.country = input.country.toUpperCase();
  if (input.region !== undefined) changes.region = input.region?.trim() || null;
  if (input.city !== undefined) changes.city = input.city.trim();
  if (input.postcode !== undefined) changes.postcode = input.postcode.trim();
  if (input.addressLine !== undefined) changes.addressLine = input.addressLine.trim();
  if (input.pickupEnabled !== undefined) changes.pickupEnabled = input.pickupEnabled;
  if (input.active !== undefined) changes.active = input.active;
  return changes;
}

async function withUniqueCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'stock_locations_code_key'))
      throw new Conflict('location_code_taken', 'Another stock location has this code.');
    throw error;
  }
}
