export interface NavItem {
  label: string;
  href: string;
}

/** "Shop" points home until the catalog issue adds a product listing. */
export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Shop', href: '/' },
  { label: 'New in', href: '/new-in' },
  { label: 'Sale', href: '/sale' },
];

export function isCurrentPath(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
