import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db } from '../platform/database/db.service';
import { Conflict, FieldError, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { keysetPage } from '../platform/pagination/keyset';
import { Page } from '../platform/pagination/page';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { CreateShippingMethodDto, ListShippingMethodsQuery, UpdateShippingMethodDto } from './dto/shipping-method.dto';
import { ShippingMethodView, toShippingMethodView } from './dto/shipping-method.view';
import { ShippingMethod } from './entities/shipping-method.entity';
import { byPosition } from './list-order';
import { applyMethodInput, methodColumns, newMethodDraft, storedMethodDraft } from './method-drafts';
import { checkMethod, MethodDraft, MethodField, settleMethod } from './method-rules';

/** Quoting loads every method into memory: a limit keeps that true to "a few". */
export const MAX_METHODS_PER_ZONE = 50;

/** Staff define how they ship within each zone: price rules and timing. */
@Injectable()
export class ShippingMethods {
  constructor(
    private readonly db: Db,
    private readonly setup: DeliverySetupRepository,
  ) {}

  async list(query: ListShippingMethodsQuery): Promise<Page<ShippingMethodView>> {
    const builder = this.db.manager.createQueryBuilder(ShippingMethod, 'm');
    if (query.zoneId) builder.where('m.zone_id = :zoneId', { zoneId: query.zoneId });
    const page = await keysetPage(builder, byPosition('m'), query);
    return { items: page.items.map(toShippingMethodView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ShippingMethodView> {
    const method = await this.db.manager.findOne(ShippingMethod, { where: { id } });
    if (!method) throw new NotFound('shipping method');
    return toShippingMethodView(method);
  }

  create(input: CreateShippingMethodDto): Promise<ShippingMethodView> {
    const { draft, sent } = applyMethodInput(newMethodDraft(input), input);
    const method = validMethod(draft, sent);
    return this.db.transaction(async (tx) => {
      await this.assertReferences(tx, method, sent);
      const saved = await tx.save(tx.create(ShippingMethod, methodColumns(method)));
      this.setup.invalidateAfterCommit(tx);
      return toShippingMethodView(saved);
    });
  }

  update(id: string, input: UpdateShippingMethodDto): Promise<ShippingMethodView> {
    return this.db.transaction(async (tx) => {
      // A zone named in the request is locked before the method, the order a zone's deletion takes them in.
      if (input.zoneId) await this.lockZone(tx, input.zoneId);
      const current = await tx.findOne(ShippingMethod, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFound('shipping method');
      const { draft, sent } = applyMethodInput(storedMethodDraft(current), input);
      const method = validMethod(draft, sent);
      if (sent.has('zoneId') && method.zoneId === current.zoneId) sent.delete('zoneId');
      await this.assertReferences(tx, method, sent);
      await tx.update(ShippingMethod, id, methodColumns(method));
      this.setup.invalidateAfterCommit(tx);
      return toShippingMethodView(await tx.findOneOrFail(ShippingMethod, { where: { id } }));
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const result = await tx.delete(ShippingMethod, { id });
      if (!result.affected) throw new NotFound('shipping method');
      this.setup.invalidateAfterCommit(tx);
    });
  }

  /** The zone (when new to the method) and the pickup location (when set or changed) must exist and fit. */
  private async assertReferences(tx: EntityManager, method: MethodDraft, sent: ReadonlySet<MethodField>): Promise<void> {
    const errors: FieldError[] = [];
    if (sent.has('zoneId')) errors.push(...(await this.zoneErrors(tx, method.zoneId)));
    if (method.kind === 'pickup' && method.pickupLocationId && (sent.has('kind') || sent.has('pickupLocationId'))) {
      errors.push(...(await pickupLocationErrors(tx, method.pickupLocationId)));
    }
    if (errors.length) throw new ValidationFailed(errors);
  }

  private async zoneErrors(tx: EntityManager, zoneId: string): Promise<FieldError[]> {
    if (!(await this.lockZone(tx, zoneId))) return [{ pointer: '/zoneId', detail: 'no shipping zone has this id' }];
    const [{ count }]: { count: number }[] = await tx.query(`SELECT count(*)::int AS count FROM shipping_methods WHERE zone_id = $1`, [
      zoneId,
    ]);
    if (count >= MAX_METHODS_PER_ZONE) {
      throw new Conflict('too_many_methods', `A shipping zone has at most ${MAX_METHODS_PER_ZONE} methods.`);
    }
    return [];
  }

  /** Holds the zone until commit, so it cannot be deleted under a method being written to it. */
  private async lockZone(tx: EntityManager, zoneId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(`SELECT id FROM shipping_zones WHERE id = $1 FOR KEY SHARE`, [zoneId]);
    return rows.length > 0;
  }
}

/** Stock locations belong to the inventory domain: read, and held against deletion until commit, never written. */
async function pickupLocationErrors(tx: EntityManager, locationId: string): Promise<FieldError[]> {
  const [location]: { pickup_enabled: boolean; active: boolean }[] = await tx.query(
    `SELECT pickup_enabled, active FROM stock_locations WHERE id = $1 FOR KEY SHARE`,
    [locationId],
  );
  const pointer = '/pickupLocationId';
  if (!location) return [{ pointer, detail: 'no stock location has this id' }];
  if (!location.active) return [{ pointer, detail: 'this stock location is not active' }];
  if (!location.pickup_enabled) return [{ pointer, detail: 'this stock location does not offer pickup' }];
  return [];
}

function validMethod(draft: MethodDraft, sent: ReadonlySet<MethodField>): MethodDraft {
  const method = settleMethod(draft, sent);
  const errors = checkMethod(method, sent);
  if (errors.length) throw new ValidationFailed(errors);
  return method;
}
