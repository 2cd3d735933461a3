import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOnly } from '../../auth/access/access-policy';
import { Actor, type CustomerPrincipal } from '../../auth/access/principal';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { UuidParam } from '../../platform/validation/uuid-param';
import { AddressBook } from './address-book.service';
import { AddressBookEntryView, AddressBookView, SaveAddressDto } from './dto/address-book.dto';

@ApiTags('store · account')
@Controller('store/me/addresses')
@CustomerOnly()
export class AddressBookStoreController {
  constructor(private readonly book: AddressBook) {}

  @Get()
  @ApiOperation({ operationId: 'storeListMyAddresses', summary: "The signed-in customer's address book" })
  @ApiOkResponse({ type: AddressBookView })
  list(@Actor() customer: CustomerPrincipal): Promise<AddressBookView> {
    return this.book.list(customer.id);
  }

  @Post()
  @ApiOperation({ operationId: 'storeAddMyAddress', summary: 'Keep an address; the first becomes the default for shipping and billing' })
  @ApiCreatedResponse({ type: AddressBookEntryView })
  @ApiProblems(400, 409)
  add(@Actor() customer: CustomerPrincipal, @Body() body: SaveAddressDto): Promise<AddressBookEntryView> {
    return this.book.add(customer.id, body);
  }

  @Put(':id')
  @ApiOperation({ operationId: 'storeReplaceMyAddress', summary: 'Replace a kept address, or make it a default' })
  @ApiOkResponse({ type: AddressBookEntryView })
  @ApiProblems(400, 404)
  replace(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string, @Body() body: SaveAddressDto): Promise<AddressBookEntryView> {
    return this.book.replace(customer.id, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'storeRemoveMyAddress', summary: 'Remove a kept address; a default passes to the oldest one left' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(400, 404)
  remove(@Actor() customer: CustomerPrincipal, @UuidParam('id') id: string): Promise<void> {
    return this.book.remove(customer.id, id);
  }
}
