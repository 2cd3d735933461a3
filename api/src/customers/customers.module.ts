import { Module } from '@nestjs/common';
import { AddressBook } from './addresses/address-book.service';
import { AddressBookStoreController } from './addresses/address-book.store.controller';

/** What a customer keeps in their account beyond sign-in: the address book (profile, preferences and the rest follow). */
@Module({
  controllers: [AddressBookStoreController],
  providers: [AddressBook],
})
export class CustomersModule {}
