import { Injectable } from '@nestjs/common';
import { Db } from '../platform/database/db.service';
import { Conflict, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { keysetPage } from '../platform/pagination/keyset';
import { Page, PageQuery } from '../platform/pagination/page';
import { DeliverySetupRepository } from './delivery-setup.repository';
import { CreateShippingZoneDto, UpdateShippingZoneDto } from './dto/shipping-zone.dto';
import { ShippingZoneView, toShippingZoneView } from './dto/shipping-zone.view';
import { ShippingZone } from './entities/shipping-zone.entity';
import { byPosition } from './list-order';
import { sentFields } from './sent-fields';
import { checkZone, normaliseZone, ZoneDraft, ZoneField } from './zone-rules';

/** Quoting loads every zone into memory: a limit keeps that true to "a few". */
export const MAX_ZONES = 200;

/** Staff define where they ship: zones of countries, regions and postcodes. */
@Injectable()
export class ShippingZones {
  constructor(
    private readonly db: Db,
    private readonly setup: DeliverySetupRepository,
  ) {}

  async list(query: PageQuery): Promise<Page<ShippingZoneView>> {
    const page = await keysetPage(this.db.manager.createQueryBuilder(ShippingZone, 'z'), byPosition('z'), query);
    return { items: page.items.map(toShippingZoneView), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<ShippingZoneView> {
    const zone = await this.db.manager.findOne(ShippingZone, { where: { id } });
    if (!zone) throw new NotFound('shipping zone');
    return toShippingZoneView(zone);
  }

  create(input: CreateShippingZoneDto): Promise<ShippingZoneView> {
    const draft = validZone(
      {
        name: input.name,
        countries: input.countries,
        regions: input.regions ?? [],
        postcodePatterns: input.postcodePatterns ?? [],
        position: input.position ?? 0,
      },
      sentFields<ZoneField>(input),
    );
    return this.db.transaction(async (tx) => {
      if ((await tx.count(ShippingZone)) >= MAX_ZONES) {
        throw new Conflict('too_many_zones', `A store has at most ${MAX_ZONES} shipping zones; widen one instead.`);
      }
      const zone = await tx.save(tx.create(ShippingZone, draft));
      this.setup.invalidateAfterCommit(tx);
      return toShippingZoneView(zone);
    });
  }

  update(id: string, input: UpdateShippingZoneDto): Promise<ShippingZoneView> {
    return this.db.transaction(async (tx) => {
      const zone = await tx.findOne(ShippingZone, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!zone) throw new NotFound('shipping zone');
      const draft = validZone(
        {
          name: input.name ?? zone.name,
          countries: input.countries ?? zone.countries,
          regions: input.regions ?? zone.regions,
          postcodePatterns: input.postcodePatterns ?? zone.postcodePatterns,
          position: input.position ?? zone.position,
        },
        sentFields<ZoneField>(input),
      );
      await tx.update(ShippingZone, id, draft);
      this.setup.invalidateAfterCommit(tx);
      return toShippingZoneView(await tx.findOneOrFail(ShippingZone, { where: { id } }));
    });
  }

  /** Its methods go with it (the foreign key cascades). */
  async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const result = await tx.delete(ShippingZone, { id });
      if (!result.affected) throw new NotFound('shipping zone');
      this.setup.invalidateAfterCommit(tx);
    });
  }
}

function validZone(draft: ZoneDraft, sent: ReadonlySet<ZoneField>): ZoneDraft {
  const errors = checkZone(draft, sent);
  if (errors.length) throw new ValidationFailed(errors);
  return normaliseZone(draft);
}
