import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '../../platform/database/db.service';
import { levelKey, type StockActor } from '../ledger/stock-movement';
import { StockChangeView } from '../levels/dto/stock-change.view';
import { toStockLevelView } from '../levels/dto/stock-level.view';
import { toStockMovementView } from '../movements/dto/stock-movement.view';
import { StockLedger } from '../stock-ledger.service';
import { CreateStockAdjustmentDto } from './dto/stock-adjustment.dto';
import { adjustmentDelta, assertAdjustmentRequest, movementKindFor } from './stock-adjustment';

/** Staff and integrators correct stock by hand: receipts, returns, write-offs and cycle counts. */
@Injectable()
export class StockAdjustments {
  constructor(
    private readonly db: Db,
    private readonly ledger: StockLedger,
  ) {}

  /** Answers from inside the transaction, so an Idempotency-Key records exactly this answer with the change. */
  async adjust(actor: StockActor, input: CreateStockAdjustmentDto): Promise<StockChangeView> {
    assertAdjustmentRequest(input);
    const key = { variantId: input.variantId, locationId: input.locationId };
    return this.db.transaction(async (tx) => {
      // Locking first also answers 404 for an unknown variant or location, and gives a count what it corrects.
      const level = (await this.ledger.lock(tx, [key])).get(levelKey(key))!;
      const { movements, levels } = await this.ledger.apply(tx, [
        {
          ...key,
          kind: movementKindFor(input.reason),
          reason: input.reason,
          onHandDelta: adjustmentDelta(input, level.onHand),
          reservedDelta: 0,
          reference: { type: 'adjustment', id: randomUUID() },
          note: input.note?.trim() || null,
          actor,
        },
      ]);
      return { movement: toStockMovementView(movements[0]), level: toStockLevelView(levels[0]) };
    });
  }
}
