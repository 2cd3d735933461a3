import type { PostalAddressDto } from '@tillpoint/sdk';
import { countryName } from '../../../shared/format/countries';

/** An address as a label shows it: name, street, postcode and city, country; the phone below. */
export function PostalAddress({ address }: { address: PostalAddressDto }) {
  const lines = [
    `${address.firstName} ${address.lastName}`.trim(),
    address.company,
    address.line1,
    address.line2,
    [address.postcode, address.city].filter(Boolean).join(' '),
    address.region,
    countryName(address.country),
  ].filter(Boolean);
  return (
    <address className="not-italic">
      {lines.map((line, index) => (
        <span key={index} className="block">
          {line}
        </span>
      ))}
      {address.phone && <span className="mt-1 block text-stone-500">{address.phone}</span>}
    </address>
  );
}
