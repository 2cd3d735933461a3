/** One money formatter for the storefront: the SDK's, which reads minor units as the API counts them. */
export { formatMoney, minorUnits, type Money, type MoneyFormatOptions } from '@tillpoint/sdk';
