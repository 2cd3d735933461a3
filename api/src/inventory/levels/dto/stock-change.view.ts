import { ApiProperty } from '@nestjs/swagger';
import { StockMovementView } from '../../movements/dto/stock-movement.view';
import { StockLevelView } from './stock-level.view';

/** A ledger row and the level it left behind. */
export class StockChangeView {
  @ApiProperty({ type: StockMovementView }) movement: StockMovementView;
  @ApiProperty({ type: StockLevelView }) level: StockLevelView;
}

export class StockTransferView {
  @ApiProperty({ format: 'uuid', description: 'The reference both movements share (reference type `transfer`)' }) transferId: string;
  @ApiProperty({ type: StockChangeView, description: 'The transfer_out movement and the source level' }) from: StockChangeView;
  @ApiProperty({ type: StockChangeView, description: 'The transfer_in movement and the destination level' }) to: StockChangeView;
}
