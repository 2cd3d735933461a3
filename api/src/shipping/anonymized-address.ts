/**
 * What a deleted customer's orders and carts keep. The store's books need the order, its lines and money,
 * and where it went for tax (country, region, postcode, city); the person's name, street, company and phone
 * go. The shape stays a valid postal address, so every reader of orders keeps working.
 */
export const REMOVED_PERSON = JSON.stringify({ firstName: 'Deleted', lastName: 'customer', line1: 'Address removed' });

/** An SQL expression: the address in `column` without the person, or NULL when there is none. */
export const anonymizedAddressSql = (column: string) => `((${column}) - 'company' - 'line2' - 'phone' || '${REMOVED_PERSON}'::jsonb)`;
