import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { TaxSettingsView, UpdateTaxSettingsDto } from './dto/tax-settings.dto';
import { TaxSettings } from './tax-settings.service';

@ApiTags('admin · tax')
@Controller('admin/tax-settings')
export class TaxSettingsAdminController {
  constructor(private readonly settings: TaxSettings) {}

  @Get()
  @RequirePermission('settings:read')
  @ApiOperation({ operationId: 'adminGetTaxSettings', summary: 'Whether prices are entered with tax in them' })
  @ApiOkResponse({ type: TaxSettingsView })
  get(): Promise<TaxSettingsView> {
    return this.settings.get();
  }

  @Put()
  @RequirePermission('settings:manage')
  @ApiOperation({ operationId: 'adminUpdateTaxSettings', summary: 'Replace the tax settings' })
  @ApiOkResponse({ type: TaxSettingsView })
  @ApiProblems(400)
  replace(@Body() body: UpdateTaxSettingsDto): Promise<TaxSettingsView> {
    return this.settings.replace(body);
  }
}
