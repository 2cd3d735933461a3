import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access/access-policy';
import { AppConfig } from '../platform/config/app-config';
import { ApiProblems } from '../platform/openapi/api-problems';
import { StoreInfoView } from './store-info.view';

@ApiTags('store · info')
@Controller('store/info')
@Public()
export class StoreInfoStoreController {
  constructor(private readonly config: AppConfig) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ operationId: 'storeGetInfo', summary: "The store's name, currency, country and brand" })
  @ApiOkResponse({ type: StoreInfoView })
  @ApiProblems(429)
  info(): StoreInfoView {
    const { name, currency, country, colour, storefrontUrl } = this.config.store;
    return { name, currency, country, colour, storefrontUrl };
  }
}
