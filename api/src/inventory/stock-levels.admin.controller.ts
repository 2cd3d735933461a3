import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { StockMovementQuery } from './movements/dto/stock-movement.query';
import { StockMovementView } from './movements/dto/stock-movement.view';
import { StockMovementQueries } from './movements/stock-movement-queries.service';
import { StockLevelQuery } from './levels/dto/stock-level.query';
import { StockLevelView } from './levels/dto/stock-level.view';
import { StockLevelQueries } from './levels/stock-level-queries.service';

@ApiTags('admin · inventory')
@Controller('admin/inventory')
export class StockLevelsAdminController {
  constructor(
    private readonly levels: StockLevelQueries,
    private readonly movements: StockMovementQueries,
  ) {}

  @Get('levels')
  @RequirePermission('inventory:read')
  @ApiOperation({ operationId: 'adminListStockLevels', summary: 'List stock levels by SKU and location, optionally only the low ones' })
  @ApiOkResponse({ type: PageOf(StockLevelView) })
  @ApiProblems(400)
  listLevels(@Query() query: StockLevelQuery) {
    return this.levels.list(query);
  }

  @Get('movements')
  @RequirePermission('inventory:read')
  @ApiOperation({ operationId: 'adminListStockMovements', summary: 'The stock ledger, newest first: who changed what, when and why' })
  @ApiOkResponse({ type: PageOf(StockMovementView) })
  @ApiProblems(400)
  listMovements(@Query() query: StockMovementQuery) {
    return this.movements.list(query);
  }
}
