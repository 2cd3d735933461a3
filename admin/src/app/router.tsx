import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isProblemError, type JobStatus, type QueueName } from '@tillpoint/sdk';
import { hasSession } from '../api/client';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { assertCan } from '../features/auth/permissions';
import { SignInPage } from '../features/auth/SignInPage';
import { meQuery } from '../features/auth/use-me';
import { isJobStatus, isQueueName } from '../features/jobs/job-status';
import { OverviewPage } from '../features/overview/OverviewPage';
import { parseImportSearch } from '../features/imports/import-search';
import { parseInboxSearch } from '../features/messages/inbox-search';
import { parseMovementSearch, parseStockSearch } from '../features/inventory/stock-filter';
import { parseOrderSearch } from '../features/orders/order-search';
import { parseProductFilter } from '../features/products/product-filter';
import { LoadingState } from '../shared/ui/Spinner';
import { AppFrame } from './AppFrame';
import { ErrorPage } from './ErrorPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { sectionPermission } from './sections';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: RootLayout });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; notice?: 'session-ended' | 'signed-out' } => ({
    redirect: localPath(search.redirect),
    notice: search.notice === 'session-ended' || search.notice === 'signed-out' ? search.notice : undefined,
  }),
  beforeLoad: ({ search }) => {
    if (hasSession()) throw redirect({ href: search.redirect ?? '/', replace: true });
  },
  component: SignInPage,
});

const acceptInviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'accept-invite',
  validateSearch: (search: Record<string, unknown>): { token: string } => ({ token: typeof search.token === 'string' ? search.token : '' }),
  component: AcceptInvitePage,
});

/** Needs a session, and loads the staff member before the first page renders. */
async function loadStaff(queryClient: QueryClient, href: string) {
  const back = href === '/' ? undefined : href;
  if (!hasSession()) throw redirect({ to: '/sign-in', search: { redirect: back }, replace: true });
  try {
    return { me: await queryClient.ensureQueryData(meQuery()) };
  } catch (error) {
    // Tokens the API no longer accepts (deactivated, signed out elsewhere): the session is over.
    if (isProblemError(error) && error.status === 401)
      throw redirect({ to: '/sign-in', search: { redirect: back, notice: 'session-ended' }, replace: true });
    throw error;
  }
}

/** Every signed-in page, in the admin's frame. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ context, location }) => loadStaff(context.queryClient, location.href),
  component: AppFrame,
});

/** Printable documents: signed in like every page, but without the frame, so only the document prints. */
const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_print',
  beforeLoad: ({ context, location }) => loadStaff(context.queryClient, location.href),
});

const packingSlipRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'orders/$orderId/packing-slip',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/orders')),
  component: lazyRouteComponent(() => import('../features/orders/print/PackingSlipPage'), 'PackingSlipPage'),
});

const invoiceRoute = createRoute({
  getParentRoute: () => printRoute,
  path: 'orders/$orderId/invoice',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/orders')),
  component: lazyRouteComponent(() => import('../features/orders/print/InvoicePage'), 'InvoicePage'),
});

const overviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: OverviewPage });

const ordersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'orders',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/orders')),
});

const orderListRoute = createRoute({
  getParentRoute: () => ordersRoute,
  path: '/',
  validateSearch: parseOrderSearch,
  component: lazyRouteComponent(() => import('../features/orders/OrderListPage'), 'OrderListPage'),
});

const orderDetailRoute = createRoute({
  getParentRoute: () => ordersRoute,
  path: '$orderId',
  component: lazyRouteComponent(() => import('../features/orders/OrderDetailPage'), 'OrderDetailPage'),
});

const messagesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'messages',
  validateSearch: parseInboxSearch,
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/messages')),
  component: lazyRouteComponent(() => import('../features/messages/InboxPage'), 'InboxPage'),
});

const productsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'products',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/products')),
});

const productListRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '/',
  validateSearch: parseProductFilter,
  component: lazyRouteComponent(() => import('../features/products/ProductListPage'), 'ProductListPage'),
});

const newProductRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: 'new',
  beforeLoad: ({ context }) => assertCan(context.me, 'catalog:manage'),
  component: lazyRouteComponent(() => import('../features/products/NewProductPage'), 'NewProductPage'),
});

const editProductRoute = createRoute({
  getParentRoute: () => productsRoute,
  path: '$productId',
  component: lazyRouteComponent(() => import('../features/products/EditProductPage'), 'EditProductPage'),
});

const categoriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'categories',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/categories')),
  component: lazyRouteComponent(() => import('../features/categories/CatalogStructurePage'), 'CatalogStructurePage'),
});

const salesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'sales',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/sales')),
  component: lazyRouteComponent(() => import('../features/sales/SalesPage'), 'SalesPage'),
});

const inventoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'inventory',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/inventory')),
});

const stockLevelsRoute = createRoute({
  getParentRoute: () => inventoryRoute,
  path: '/',
  validateSearch: parseStockSearch,
  component: lazyRouteComponent(() => import('../features/inventory/StockLevelsPage'), 'StockLevelsPage'),
});

const movementsRoute = createRoute({
  getParentRoute: () => inventoryRoute,
  path: 'movements',
  validateSearch: parseMovementSearch,
  component: lazyRouteComponent(() => import('../features/inventory/MovementsPage'), 'MovementsPage'),
});

const locationsRoute = createRoute({
  getParentRoute: () => inventoryRoute,
  path: 'locations',
  component: lazyRouteComponent(() => import('../features/inventory/LocationsPage'), 'LocationsPage'),
});

const shippingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'shipping',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/shipping')),
});

const zonesRoute = createRoute({
  getParentRoute: () => shippingRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/shipping/ShippingPage'), 'ShippingPage'),
});

const calendarRoute = createRoute({
  getParentRoute: () => shippingRoute,
  path: 'calendar',
  component: lazyRouteComponent(() => import('../features/shipping/ShippingCalendarPage'), 'ShippingCalendarPage'),
});

const discountCodesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'discount-codes',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/discount-codes')),
  component: lazyRouteComponent(() => import('../features/discount-codes/DiscountCodesPage'), 'DiscountCodesPage'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'import',
  validateSearch: parseImportSearch,
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/import')),
  component: lazyRouteComponent(() => import('../features/imports/ImportPage'), 'ImportPage'),
});

const staffRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'staff',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/staff')),
  component: lazyRouteComponent(() => import('../features/staff/StaffPage'), 'StaffPage'),
});

const apiKeysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'api-keys',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/api-keys')),
  component: lazyRouteComponent(() => import('../features/api-keys/ApiKeysPage'), 'ApiKeysPage'),
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'jobs',
  validateSearch: (search: Record<string, unknown>): { status?: JobStatus; queue?: QueueName } => ({
    status: isJobStatus(search.status) ? search.status : undefined,
    queue: isQueueName(search.queue) ? search.queue : undefined,
  }),
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/jobs')),
  component: lazyRouteComponent(() => import('../features/jobs/JobsPage'), 'JobsPage'),
});

const mailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'mail',
  validateSearch: (search: Record<string, unknown>): { to?: string; id?: string } => ({
    to: typeof search.to === 'string' && search.to ? search.to : undefined,
    id: typeof search.id === 'string' && search.id ? search.id : undefined,
  }),
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/mail')),
  component: lazyRouteComponent(() => import('../features/mail/MailPage'), 'MailPage'),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'settings',
  beforeLoad: ({ context }) => assertCan(context.me, sectionPermission('/settings')),
  component: lazyRouteComponent(() => import('../features/settings/components/SettingsLayout'), 'SettingsLayout'),
});

// Settings has no page of its own: its first page stands in for it.
const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/payments', replace: true });
  },
});

const paymentSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'payments',
  component: lazyRouteComponent(() => import('../features/settings/payments/PaymentSettingsPage'), 'PaymentSettingsPage'),
});

const taxSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'taxes',
  component: lazyRouteComponent(() => import('../features/settings/taxes/TaxSettingsPage'), 'TaxSettingsPage'),
});

const checkoutSettingsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: 'checkout',
  component: lazyRouteComponent(() => import('../features/settings/checkout/CheckoutSettingsPage'), 'CheckoutSettingsPage'),
});

// A catch-all inside the frame, so an unknown address keeps the navigation around its 404.
const notFoundRoute = createRoute({ getParentRoute: () => appRoute, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  acceptInviteRoute,
  printRoute.addChildren([packingSlipRoute, invoiceRoute]),
  appRoute.addChildren([
    overviewRoute,
    ordersRoute.addChildren([orderListRoute, orderDetailRoute]),
    messagesRoute,
    productsRoute.addChildren([productListRoute, newProductRoute, editProductRoute]),
    categoriesRoute,
    salesRoute,
    discountCodesRoute,
    inventoryRoute.addChildren([stockLevelsRoute, movementsRoute, locationsRoute]),
    shippingRoute.addChildren([zonesRoute, calendarRoute]),
    importRoute,
    staffRoute,
    apiKeysRoute,
    jobsRoute,
    mailRoute,
    settingsRoute.addChildren([settingsIndexRoute, paymentSettingsRoute, taxSettingsRoute, checkoutSettingsRoute]),
    notFoundRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    // React Query decides when data is stale; the router's own preload cache would second-guess it.
    defaultPreloadStaleTime: 0,
    defaultPreload: 'intent',
    defaultErrorComponent: ErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPendingComponent: () => <LoadingState />,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

/** Only a path on this site: a redirect parameter must not send a fresh sign-in somewhere else. */
function localPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  return value.startsWith('/sign-in') ? undefined : value;
}
