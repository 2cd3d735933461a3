import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { ValidationFailed } from '../../platform/errors/domain-error';
import { InsufficientStock } from '../ledger/stock-errors';
import { levelKey, type StockActor } from '../ledger/stock-movement';
import { StockTransferView } from '../levels/dto/stock-change.view';
import { toStockLevelView } from '../levels/dto/stock-level.view';
import { toStockMovementView } from '../movements/dto/stock-movement.view';
import { StockLedger } from '../stock-ledger.service';
import { CreateStockTransferDto } from './dto/stock-transfer.dto';

/** Moves units of a variant from one location to another: two movements with one reference, both levels in one transaction. */
@Injectable()
export class StockTransfers {
  constructor(
    private readonly db: Db,
    private readonly ledger: StockLedger,
  ) {}

  async transfer(actor: StockActor, input: CreateStockTransferDto): Promise<StockTransferView> {
    if (input.fromLocationId.toLowerCase() === input.toLocationId.toLowerCase()) {
      throw new ValidationFailed([{ pointer: '/toLocationId', detail: 'must differ from fromLocationId' }]);
    }
    const from = { variantId: input.variantId, locationId: input.fromLocationId };
    const to = { variantId: input.variantId, locationId: input.toLocationId };
    const transferId = randomUUID();
    const shared = {
      reason: null,
      reservedDelta: 0,
      reference: { type: 'transfer', id: transferId },
      note: input.note?.trim() || null,
      actor,
    };
    return this.db.transaction(async (tx) => {
      // Both levels are locked (in the ledger's fixed order) before the source is checked.
      const source = (await this.ledger.lock(tx, [from, to])).get(levelKey(from))!;
      // Units that are not there cannot travel, whatever the variant's backorder setting says.
      if (source.available < input.quantity) {
        throw new InsufficientStock(
          `Only ${Math.max(0, source.available)} of ${source.sku} available at ${source.locationName}; ${input.quantity} needed.`,
        );
      }
      const { movements, levels } = await this.ledger.apply(tx, [
        { ...from, ...shared, kind: 'transfer_out', onHandDelta: -input.quantity },
        { ...to, ...shared, kind: 'transfer_in', onHandDelta: input.quantity },
      ]);
      const levelAt = (key: typeof from) => levels.find((level) => levelKey(level) === levelKey(key))!;
      return {
        transferId,
        from: { movement: toStockMovementView(movements[0]), level: toStockLevelView(levelAt(from)) },
        to: { movement: toStockMovementView(movements[1]), level: toStockLevelView(levelAt(to)) },
      };
    });
  }
}
