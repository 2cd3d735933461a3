import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { DeliverySetupRepository } from './delivery-setup.repository';

export class ShippingCountriesView {
  @ApiProperty({
    example: ['BE', 'DE', 'NL'],
    description: 'ISO 3166-1 alpha-2 codes of the countries with at least one active method (delivery or pickup), sorted',
  })
  countries: string[];
}

@ApiTags('store · shipping')
@Controller('store/shipping/countries')
@Public()
export class ShippingCountriesStoreController {
  constructor(private readonly setup: DeliverySetupRepository) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ operationId: 'storeListShippingCountries', summary: 'The countries the store delivers to, for a destination picker' })
  @ApiOkResponse({ type: ShippingCountriesView })
  @ApiProblems(429)
  async countries(): Promise<ShippingCountriesView> {
    const { zones, methodsByZone } = await this.setup.current();
    const served = zones.filter((zone) => (methodsByZone.get(zone.id) ?? []).length > 0);
    return { countries: [...new Set(served.flatMap((zone) => zone.countries))].sort() };
  }
}
