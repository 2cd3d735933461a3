import type { FieldErrorView, PostalAddressDto } from '@tillpoint/sdk';

/** An address as the form holds it: every field a string, optional ones empty. */
export type AddressDraft = Record<AddressField, string>;

export type AddressField = 'firstName' | 'lastName' | 'company' | 'line1' | 'line2' | 'postcode' | 'city' | 'region' | 'country' | 'phone';

const OPTIONAL: readonly AddressField[] = ['company', 'line2', 'region', 'phone'];

export const ADDRESS_LABELS: Record<AddressField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company (optional)',
  line1: 'Address',
  line2: 'Apartment, suite, etc. (optional)',
  postcode: 'Postcode',
  city: 'City',
  region: 'State / province (optional)',
  country: 'Country',
  phone: 'Phone (optional)',
};

/** The browser's autofill names of the fields (after a section word such as "shipping"). */
export const ADDRESS_AUTOCOMPLETE: Record<AddressField, string> = {
  firstName: 'given-name',
  lastName: 'family-name',
  company: 'organization',
  line1: 'address-line1',
  line2: 'address-line2',
  postcode: 'postal-code',
  city: 'address-level2',
  region: 'address-level1',
  country: 'country',
  phone: 'tel',
};

export function addressDraft(address: PostalAddressDto | null, country: string): AddressDraft {
  return {
    firstName: address?.firstName ?? '',
    lastName: address?.lastName ?? '',
    company: address?.company ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    postcode: address?.postcode ?? '',
    city: address?.city ?? '',
    region: address?.region ?? '',
    country: address?.country ?? country,
    phone: address?.phone ?? '',
  };
}

/** The draft as the API takes it: trimmed, with empty optional fields left out rather than sent blank. */
export function toPostalAddress(draft: AddressDraft): PostalAddressDto {
  const address: Record<string, string> = {};
  for (const [field, value] of Object.entries(draft) as [AddressField, string][]) {
    const trimmed = value.trim();
    if (trimmed || !OPTIONAL.includes(field)) address[field] = trimmed;
  }
  return address as unknown as PostalAddressDto;
}

/**
 * The API's field errors under one address (`/shippingAddress/postcode`), by field, worded for shoppers
 * ("Postcode must be..."). Errors elsewhere are left to the caller.
 */
export function addressErrors(errors: readonly FieldErrorView[], property: 'shippingAddress' | 'billingAddress'): Partial<AddressDraft> {
  const prefix = `/${property}`;
  const found: Partial<AddressDraft> = {};
  for (const { pointer, detail } of errors) {
    if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) continue;
    const field = pointer.slice(prefix.length + 1).split('/')[0] as AddressField;
    const label = ADDRESS_LABELS[field]?.replace(' (optional)', '');
    if (label && !found[field]) found[field] = `${label} ${detail}`;
  }
  return found;
}

/** One line per part, for the summaries: "Jane Doe", "Main 1", "1012 AB Amsterdam", "Netherlands". */
export function addressLines(address: PostalAddressDto, countryName: (code: string) => string): string[] {
  return [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    [address.line1, address.line2].filter(Boolean).join(', '),
    [address.postcode, address.city, address.region].filter(Boolean).join(' '),
    countryName(address.country),
  ].filter((line): line is string => Boolean(line));
}
