import { Module } from '@nestjs/common';
import { AddressBook } from './addresses/address-book.service';
import { AddressBookStoreController } from './addresses/address-book.store.controller';
import { CustomerPreferences } from './preferences/preferences.service';
import { PreferencesStoreController } from './preferences/preferences.store.controller';

/** What a customer keeps in their account beyond sign-in: the address book and preferences (profile, export and the rest follow). */
@Module({
  controllers: [AddressBookStoreController, PreferencesStoreController],
  providers: [AddressBook, CustomerPreferences],
})
export class CustomersModule {}
