import { Foundation1764115200000 } from './1764115200000-foundation';
import { Catalog1764201600000 } from './1764201600000-catalog';
import { StockMovementKindIndex1764374400000 } from './1764374400000-stock-movement-kind-index';
import { SearchWords1764460800000 } from './1764460800000-search-words';
import { CatalogChangeNotifications1764547200000 } from './1764547200000-catalog-change-notifications';
import { TaxAndDiscountCodes1764720000000 } from './1764720000000-tax-and-discount-codes';
import { Carts1764806400000 } from './1764806400000-carts';
import { Checkout1764892800000 } from './1764892800000-checkout';
import { CartCheckout1764979200000 } from './1764979200000-cart-checkout';
import { Payments1764633600000 } from './1764633600000-payments';
import { OrderAdminIndexes1765065600000 } from './1765065600000-order-admin-indexes';
import { CustomerAddresses1765152000000 } from './1765152000000-customer-addresses';
import { CustomerPreferences1765238400000 } from './1765238400000-customer-preferences';
import { OrderLifecycle1765324800000 } from './1765324800000-order-lifecycle';
import { OrderMessages1765411200000 } from './1765411200000-order-messages';
import { MailDeliveryLog1765497600000 } from './1765497600000-mail-delivery-log';
import { CustomerAccounts1765584000000 } from './1765584000000-customer-accounts';
import { SavedViews1765670400000 } from './1765670400000-saved-views';

/** Every migration, in order. Listed explicitly so the built app, the CLI and Jest load the same set. */
export const migrations = [
  Foundation1764115200000,
  Catalog1764201600000,
  StockMovementKindIndex1764374400000,
  SearchWords1764460800000,
  CatalogChangeNotifications1764547200000,
  TaxAndDiscountCodes1764720000000,
  Carts1764806400000,
  Checkout1764892800000,
  CartCheckout1764979200000,
  Payments1764633600000,
  OrderAdminIndexes1765065600000,
  CustomerAddresses1765152000000,
  CustomerPreferences1765238400000,
  OrderLifecycle1765324800000,
  OrderMessages1765411200000,
  MailDeliveryLog1765497600000,
  CustomerAccounts1765584000000,
  SavedViews1765670400000,
];
