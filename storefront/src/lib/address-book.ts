import type { AddressBookEntryView, SaveAddressDto } from '@tillpoint/sdk';
import { ADDRESS_LABELS, type AddressField } from './address-form';

/** The API's field names worded for shoppers, for errorsFromFailure: "Postcode must be...". */
export const ADDRESS_BOOK_LABELS: Record<AddressField | 'label', string> = {
  ...(Object.fromEntries(Object.entries(ADDRESS_LABELS).map(([field, label]) => [field, label.replace(' (optional)', '')])) as Record<
    AddressField,
    string
  >),
  label: 'Name',
};

/** A kept address as the API takes it back, with a change (a default moving to it, say). */
export function savedAddressBody(entry: AddressBookEntryView, change: Partial<SaveAddressDto> = {}): SaveAddressDto {
  return { ...entry.address, label: entry.label ?? undefined, ...change };
}

/** "Home", or the name on the address when it has no label of its own. */
export function addressTitle(entry: AddressBookEntryView): string {
  return entry.label ?? `${entry.address.firstName} ${entry.address.lastName}`.trim();
}
