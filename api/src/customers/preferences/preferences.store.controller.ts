import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PreferencesDto } from './dto/preferences.dto';
import { CustomerPreferences } from './preferences.service';

@ApiTags('store · account')
@Controller('store/me/preferences')
@CustomerOnly()
export class PreferencesStoreController {
  constructor(private readonly preferences: CustomerPreferences) {}

  @Get()
  @ApiOperation({ operationId: 'storeGetMyPreferences', summary: "The signed-in customer's shopping and communication preferences" })
  @ApiOkResponse({ type: PreferencesDto })
  get(@Actor() customer: CustomerPrincipal): Promise<PreferencesDto> {
    return this.preferences.get(customer.id);
  }

  @Put()
  @ApiOperation({ operationId: 'storeReplaceMyPreferences', summary: 'Replace the preferences (the whole document)' })
  @ApiOkResponse({ type: PreferencesDto })
  @ApiProblems(400)
  replace(@Actor() customer: CustomerPrincipal, @Body() body: PreferencesDto): Promise<PreferencesDto> {
    return this.preferences.replace(customer.id, body);
  }
}
