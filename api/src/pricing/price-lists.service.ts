import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../platform/database/db.service';
import { BadRequest, FieldError, NotFound } from '../platform/errors/domain-error';
import { keysetPage, byCreation } from '../platform/pagination/keyset';
import { Page, PageQuery } from '../platform/pagination/page';
import { Outbox } from '../platform/outbox/outbox.service';
import { CurrentPrices } from './current-prices.service';
import { CreatePriceListDto, UpdatePriceListDto } from './dto/price-list.dto';
import { PriceListView, toPriceListView } from './dto/price-list.view';
import { PriceList } from './price-list.entity';

export const SALE_BOUNDARY_REACHED = 'pricing.sale-boundary-reached';

const TARGET_TABLES = { categories: 'categories', collections: 'collections', products: 'products' } as const;

type Resolved = Omit<CreatePriceListDto, 'targetIds'> & { targetIds: string[] };

/**
 * Sales: creating, changing or deleting one reprices the catalog in the same transaction, and its start
 * and end are scheduled as outbox jobs that reprice again at those moments.
 */
@Injectable()
export class PriceLists {
  constructor(
    private readonly db: Db,
    private readonly prices: CurrentPrices,
    private readonly outbox: Outbox,
  ) {}

  async list(query: PageQuery): Promise<Page<PriceListView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(PriceList, 'pl'), byCreation('pl'), query);
    const targets = await this.targetsOf(
      this.db.manager,
      page.items.map((p) => p.id),
    );
    return { items: page.items.map((p) => toPriceListView(p, targets.get(p.id) ?? [])), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<PriceListView> {
    const list = await this.db.manager.findOne(PriceList, { where: { id } });
    if (!list) throw new NotFound('price list');
    return toPriceListView(list, (await this.targetsOf(this.db.manager, [id])).get(id) ?? []);
  }

  create(input: CreatePriceListDto): Promise<PriceListView> {
    return this.db.transaction(async (tx) => {
      const resolved = { ...input, targetIds: input.targetIds ?? [] };
      await this.validate(tx, resolved);
      const list = await tx.save(tx.create(PriceList, this.columns(resolved)));
      return this.afterWrite(tx, list, resolved.targetIds);
    });
  }

  update(id: string, input: UpdatePriceListDto): Promise<PriceListView> {
    return this.db.transaction(async (tx) => {
      const list = await tx.findOne(PriceList, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!list) throw new NotFound('price list');
      const current = toPriceListView(list, (await this.targetsOf(tx, [id])).get(id) ?? []);
      const resolved: Resolved = {
        name: input.name ?? current.name,
        status: input.status ?? current.status,
        discount: input.discount ?? {
          type: current.discount.type,
          percent: current.discount.percent ?? undefined,
          amount: current.discount.amount ?? undefined,
        },
        appliesTo: input.appliesTo ?? current.appliesTo,
        targetIds: input.targetIds ?? (input.appliesTo && input.appliesTo !== current.appliesTo ? [] : current.targetIds),
        startsAt: input.startsAt !== undefined ? input.startsAt : current.startsAt,
        endsAt: input.endsAt !== undefined ? input.endsAt : current.endsAt,
      };
      await this.validate(tx, resolved);
      await tx.update(PriceList, id, this.columns(resolved));
      await tx.query('DELETE FROM price_list_targets WHERE price_list_id = $1', [id]);
      return this.afterWrite(tx, await tx.findOneOrFail(PriceList, { where: { id } }), resolved.targetIds);
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const result = await tx.delete(PriceList, { id });
      if (!result.affected) throw new NotFound('price list');
      await this.prices.refresh(tx, 'all');
    });
  }

  private async afterWrite(tx: EntityManager, list: PriceList, targetIds: string[]): Promise<PriceListView> {
    if (targetIds.length) {
      await tx.query(`INSERT INTO price_list_targets (price_list_id, target_id) SELECT $1, unnest($2::uuid[])`, [list.id, targetIds]);
    }
    await this.prices.refresh(tx, 'all');
    const now = Date.now();
    for (const moment of [list.startsAt, list.endsAt]) {
      if (list.status === 'active' && moment && moment.getTime() > now) {
        await this.outbox.add(
          tx,
          SALE_BOUNDARY_REACHED,
          { priceListId: list.id, at: moment.toISOString() },
          { delayMs: moment.getTime() - now },
        );
      }
    }
    return toPriceListView(list, targetIds);
  }

  private columns(input: Resolved): Partial<PriceList> {
    const fixed = input.discount.type === 'fixed' ? input.discount.amount : undefined;
    return {
      name: input.name.trim(),
      status: input.status ?? 'draft',
      discountType: input.discount.type,
      percentageBp: input.discount.type === 'percentage' ? Math.round((input.discount.percent ?? 0) * 100) : null,
      fixedAmount: fixed?.amount ?? null,
      fixedCurrency: fixed?.currency ?? null,
      appliesTo: input.appliesTo,
      startsAt: input.startsAt ? new Date(input.startsAt) : null,
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
    };
  }

  /** The rules class-validator cannot express alone: one discount shape per type, dates in order, targets that exist. */
  private async validate(tx: EntityManager, input: Resolved): Promise<void> {
    const errors: FieldError[] = [];
    const { discount } = input;
    if (discount.type === 'percentage' && discount.percent === undefined)
      errors.push({ pointer: '/discount/percent', detail: 'is required for a percentage' });
    if (discount.type === 'fixed' && !discount.amount)
      errors.push({ pointer: '/discount/amount', detail: 'is required for a fixed amount' });
    if (discount.type === 'fixed' && discount.amount && discount.amount.amount <= 0)
      errors.push({ pointer: '/discount/amount/amount', detail: 'must be positive' });
    if (input.startsAt && input.endsAt && new Date(input.endsAt) <= new Date(input.startsAt))
      errors.push({ pointer: '/endsAt', detail: 'must be after startsAt' });
    if (input.appliesTo === 'all' && input.targetIds.length)
      errors.push({ pointer: '/targetIds', detail: 'must be empty when the sale applies to all' });
    if (input.appliesTo !== 'all') {
      if (!input.targetIds.length) errors.push({ pointer: '/targetIds', detail: `must name at least one of the ${input.appliesTo}` });
      const found: { id: string }[] = input.targetIds.length
        ? await tx.query(`SELECT id FROM ${TARGET_TABLES[input.appliesTo]} WHERE id = ANY($1)`, [input.targetIds])
        : [];
      const known = new Set(found.map((r) => r.id));
      input.targetIds.forEach(
        (id, i) => known.has(id) || errors.push({ pointer: `/targetIds/${i}`, detail: `is not one of the ${input.appliesTo}` }),
      );
    }
    if (errors.length) throw new BadRequest('invalid_price_list', 'The sale is not valid.', errors);
  }

  private async targetsOf(tx: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
    if (!ids.length) return new Map();
    const rows: { price_list_id: string; target_id: string }[] = await tx.query(
      'SELECT price_list_id, target_id FROM price_list_targets WHERE price_list_id = ANY($1) ORDER BY target_id',
      [ids],
    );
    const byList = new Map<string, string[]>();
    for (const row of rows) byList.set(row.price_list_id, [...(byList.get(row.price_list_id) ?? []), row.target_id]);
    return byList;
  }
}
