/** Where the storefront shows catalog objects; handles are URL-safe already, the encoding is a guard. */
export const productHref = (handle: string): string => `/products/${encodeURIComponent(handle)}`;
export const categoryHref = (handle: string): string => `/categories/${encodeURIComponent(handle)}`;
export const collectionHref = (handle: string): string => `/collections/${encodeURIComponent(handle)}`;

/** The first breadcrumb of catalog pages: the category overview, as "Shop" in the main navigation. */
export const SHOP_CRUMB: { name: string; href?: string } = { name: 'Shop', href: '/categories' };
