import type { FieldError } from '../platform/errors/domain-error';
import type { PostalAddressDto } from './dto/postal-address.dto';
import { isCountryCode } from './iso-countries';
import { postcodeProblem } from './postcode-formats';

export type PostalAddress = Required<Pick<PostalAddressDto, 'firstName' | 'lastName' | 'line1' | 'city' | 'postcode' | 'country'>> &
  Pick<PostalAddressDto, 'company' | 'line2' | 'region' | 'phone'>;

/** What is wrong with an address beyond its shape: the country exists, the postcode fits it. Pointers start at `at`. */
export function postalAddressProblems(address: PostalAddressDto, at: string): FieldError[] {
  const country = address.country.toUpperCase();
  if (!isCountryCode(country)) return [{ pointer: `${at}/country`, detail: 'is not a country code' }];
  const postcode = postcodeProblem(country, address.postcode);
  return postcode ? [{ pointer: `${at}/postcode`, detail: postcode }] : [];
}

/** The address as stored: trimmed, the country upper-case, the postcode in capitals; empty optional parts left out. */
export function normalisedAddress(address: PostalAddressDto): PostalAddress {
  const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    firstName: address.firstName.trim(),
    lastName: address.lastName.trim(),
    company: optional(address.company),
    line1: address.line1.trim(),
    line2: optional(address.line2),
    city: address.city.trim(),
    postcode: address.postcode.trim().toUpperCase(),
    region: optional(address.region),
    country: address.country.toUpperCase(),
    phone: optional(address.phone),
  };
}
