import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { Idempotent } from '../platform/idempotency/idempotent.decorator';
import { ApiProblems } from '../platform/openapi/api-problems';
import type { StockActor } from './ledger/stock-movement';
import { StockChangeView, StockTransferView } from './levels/dto/stock-change.view';
import { CurrentStockActor } from './stock-actor.decorator';
import { CreateStockTransferDto } from './transfers/dto/stock-transfer.dto';
import { StockTransfers } from './transfers/stock-transfers.service';
import { CreateStockAdjustmentDto } from './adjustments/dto/stock-adjustment.dto';
import { StockAdjustments } from './adjustments/stock-adjustments.service';

/** The two ways people change stock by hand. Both answer what the service answers, unchanged (idempotent replays depend on it). */
@ApiTags('admin · inventory')
@Controller('admin/inventory')
export class StockChangesAdminController {
  constructor(
    private readonly adjustments: StockAdjustments,
    private readonly transfers: StockTransfers,
  ) {}

  @Post('adjustments')
  @Idempotent()
  @RequirePermission('inventory:adjust')
  @ApiOperation({ operationId: 'adminCreateStockAdjustment', summary: 'Adjust stock at a location by a change or a cycle count' })
  @ApiCreatedResponse({ type: StockChangeView })
  @ApiProblems(400, 404, 409)
  adjust(@CurrentStockActor() actor: StockActor, @Body() body: CreateStockAdjustmentDto): Promise<StockChangeView> {
    return this.adjustments.adjust(actor, body);
  }

  @Post('transfers')
  @Idempotent()
  @RequirePermission('inventory:adjust')
  @ApiOperation({ operationId: 'adminCreateStockTransfer', summary: 'Move units of a variant from one location to another' })
  @ApiCreatedResponse({ type: StockTransferView })
  @ApiProblems(400, 404, 409)
  transfer(@CurrentStockActor() actor: StockActor, @Body() body: CreateStockTransferDto): Promise<StockTransferView> {
    return this.transfers.transfer(actor, body);
  }
}
