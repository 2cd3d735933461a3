/** One money formatter for the admin: the SDK's, which reads minor units as the API counts them. */
export { formatMoney, type Money } from '@tillpoint/sdk';
