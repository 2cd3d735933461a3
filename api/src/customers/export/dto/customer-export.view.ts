import { ApiProperty } from '@nestjs/swagger';
import { OrderView } from '../../../orders/dto/order.view';
import { SavedPaymentMethodView } from '../../../payments/dto/saved-payment-method.dto';
import { AddressBookEntryView } from '../../addresses/dto/address-book.dto';
import { PreferencesDto } from '../../preferences/dto/preferences.dto';

export class ExportedProfileView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Everything the store keeps about a customer, as they may take it away. */
export class CustomerExportView {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: ExportedProfileView }) profile: ExportedProfileView;
  @ApiProperty({ type: [AddressBookEntryView] }) addresses: AddressBookEntryView[];
  @ApiProperty({ type: PreferencesDto }) preferences: PreferencesDto;
  @ApiProperty({
    type: [SavedPaymentMethodView],
    description: 'Card brand, last four digits and expiry only: the store never had the numbers',
  })
  savedCards: SavedPaymentMethodView[];
  @ApiProperty({ type: [OrderView] }) orders: OrderView[];
}
