export interface NavItem {
  label: string;
  href: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Shop', href: '/categories' },
  { label: 'New in', href: '/new-in' },
  { label: 'Sale', href: '/sale' },
];

export function isCurrentPath(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
