import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import {
  PaymentMethodSetupView,
  SavedPaymentMethodsView,
  SavedPaymentMethodView,
  SavePaymentMethodDto,
  StartPaymentMethodSetupDto,
} from '../dto/saved-payment-method.dto';
import { SavedPaymentMethods } from '../saved-methods/saved-payment-methods.service';

@ApiTags('store · account')
@Controller('store/me/payment-methods')
@CustomerOnly()
export class SavedPaymentMethodsStoreController {
  constructor(private readonly methods: SavedPaymentMethods) {}

  @Get()
  @ApiOperation({ operationId: 'storeListPaymentMethods', summary: "The signed-in customer's saved cards" })
  @ApiOkResponse({ type: SavedPaymentMethodsView })
  list(@Actor() customer: CustomerPrincipal): Promise<SavedPaymentMethodsView> {
    return this.methods.list(customer.id);
  }

  @Post('setup')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'storeStartPaymentMethodSetup',
    summary: 'Start saving a card without paying; confirm it with the provider',
  })
  @ApiOkResponse({ type: PaymentMethodSetupView })
  @ApiProblems(400, 409, 502)
  setup(@Actor() customer: CustomerPrincipal, @Body() body: StartPaymentMethodSetupDto): Promise<PaymentMethodSetupView> {
    return this.methods.startSetup(customer.id, body.provider);
  }

  @Post()
  @ApiOperation({
    operationId: 'storeSavePaymentMethod',
    summary: 'Keep a card confirmed with the provider; its details are read from the provider',
  })
  @ApiCreatedResponse({ type: SavedPaymentMethodView })
  @ApiProblems(400, 404, 409, 502)
  save(@Actor() customer: CustomerPrincipal, @Body() body: SavePaymentMethodDto): Promise<SavedPaymentMethodView> {
    return this.methods.save(customer.id, body);
  }

  @Post(':id/default')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'storeSetDefaultPaymentMethod',
    summary: 'Make a saved card the default, at the provider too; it is offered first at checkout',
  })
  @ApiOkResponse({ type: SavedPaymentMethodView })
  @ApiProblems(400, 404, 502)
  setDefault(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string): Promise<SavedPaymentMethodView> {
    return this.methods.setDefault(customer.id, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'storeDeletePaymentMethod', summary: 'Remove a saved card, at the provider too' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404, 502)
  remove(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string): Promise<void> {
    return this.methods.remove(customer.id, id);
  }
}
