import { ApiProperty } from '@nestjs/swagger';
import { ACTOR_TYPES, type ActorType, MOVEMENT_KINDS, type MovementKind, type RecordedMovement } from '../../ledger/stock-movement';

export class StockActorView {
  @ApiProperty({ enum: ACTOR_TYPES, enumName: 'StockActorType' }) type: ActorType;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The staff user or API key; null for the system' })
  id: string | null;
}

export class StockReferenceView {
  @ApiProperty({ example: 'transfer', description: 'What caused it: adjustment, transfer, order...' }) type: string;
  @ApiProperty() id: string;
}

/** One row of the append-only stock ledger. */
export class StockMovementView {
  @ApiProperty({ example: '1042', description: 'Grows with time; newest first in lists' }) id: string;
  @ApiProperty({ format: 'uuid' }) variantId: string;
  @ApiProperty({ example: 'TEE-BLK-M' }) sku: string;
  @ApiProperty({ format: 'uuid' }) locationId: string;
  @ApiProperty() locationName: string;
  @ApiProperty({ enum: MOVEMENT_KINDS, enumName: 'StockMovementKind' }) kind: MovementKind;
  @ApiProperty({ type: String, nullable: true, example: 'damaged' }) reason: string | null;
  @ApiProperty() onHandDelta: number;
  @ApiProperty() reservedDelta: number;
  @ApiProperty({ type: StockReferenceView, nullable: true }) reference: StockReferenceView | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: StockActorView, description: 'Who did it' }) actor: StockActorView;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export function toStockMovementView(movement: RecordedMovement): StockMovementView {
  return {
    id: movement.id,
    variantId: movement.variantId,
    sku: movement.sku,
    locationId: movement.locationId,
    locationName: movement.locationName,
    kind: movement.kind,
    reason: movement.reason,
    onHandDelta: movement.onHandDelta,
    reservedDelta: movement.reservedDelta,
    reference: movement.reference ? { type: movement.reference.type, id: movement.reference.id } : null,
    note: movement.note,
    actor: { type: movement.actor.type, id: movement.actor.id },
    createdAt: movement.createdAt.toISOString(),
  };
}
