import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { PaymentsModule } from '../payments/payments.module';
import { AddressBook } from './addresses/address-book.service';
import { AddressBookStoreController } from './addresses/address-book.store.controller';
import { AccountDeletion } from './deletion/account-deletion.service';
import { AccountDeletionStoreController } from './deletion/account-deletion.store.controller';
import { CustomerDataExport } from './export/customer-data-export.service';
import { CustomerExportStoreController } from './export/customer-export.store.controller';
import { CustomerPreferences } from './preferences/preferences.service';
import { PreferencesStoreController } from './preferences/preferences.store.controller';

/** What a customer keeps in their account beyond sign-in: the address book, preferences, the data export, and deleting it all. */
@Module({
  imports: [OrdersModule, PaymentsModule],
  controllers: [AddressBookStoreController, PreferencesStoreController, CustomerExportStoreController, AccountDeletionStoreController],
  providers: [AddressBook, CustomerPreferences, CustomerDataExport, AccountDeletion],
})
export class CustomersModule {}
