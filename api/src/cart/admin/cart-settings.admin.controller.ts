import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { Db } from '../../platform/database/db.service';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { CartSettingsService } from '../cart-settings.service';
import { CartSettingsDto } from '../dto/cart-settings.dto';

@ApiTags('admin · carts')
@Controller('admin/cart-settings')
export class CartSettingsAdminController {
  constructor(
    private readonly db: Db,
    private readonly settings: CartSettingsService,
  ) {}

  @Get()
  @RequirePermission('settings:read')
  @ApiOperation({ operationId: 'adminGetCartSettings', summary: 'Cart and quantity limits, reservation time, idle expiry' })
  @ApiOkResponse({ type: CartSettingsDto })
  get(): Promise<CartSettingsDto> {
    return this.settings.current();
  }

  @Put()
  @RequirePermission('settings:manage')
  @ApiOperation({ operationId: 'adminUpdateCartSettings', summary: 'Replace the cart settings' })
  @ApiOkResponse({ type: CartSettingsDto })
  @ApiProblems(400)
  async replace(@Body() body: CartSettingsDto): Promise<CartSettingsDto> {
    const settings = {
      maxQuantityPerLine: body.maxQuantityPerLine,
      maxLines: body.maxLines,
      maxItemsPerOrder: body.maxItemsPerOrder,
      reservationMinutes: body.reservationMinutes,
      idleDays: body.idleDays,
    };
    await this.db.transaction((tx) => this.settings.save(tx, settings));
    return settings;
  }
}
