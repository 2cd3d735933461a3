import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { CustomerDataExport } from './customer-data-export.service';
import { CustomerExportView } from './dto/customer-export.view';

@ApiTags('store · account')
@Controller('store/me/export')
@CustomerOnly()
export class CustomerExportStoreController {
  constructor(private readonly exporter: CustomerDataExport) {}

  @Get()
  @Header('Content-Disposition', 'attachment; filename="my-data.json"')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'storeExportMyData', summary: 'Everything the store keeps about the signed-in customer, as JSON' })
  @ApiOkResponse({ type: CustomerExportView })
  export(@Actor() customer: CustomerPrincipal): Promise<CustomerExportView> {
    return this.exporter.export(customer.id);
  }
}
