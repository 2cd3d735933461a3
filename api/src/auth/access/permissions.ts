/**
 * The permission matrix. Every admin route names one permission; a staff role maps to a set of them,
 * and an API key carries a subset as its scopes. Names are `domain:action`.
 */
export const PERMISSIONS = [
  'staff:read',
  'staff:manage',
  'api-keys:read',
  'api-keys:manage',
  'jobs:read',
  'jobs:manage',
  'mail:read',
  'settings:read',
  'settings:manage',
  'customers:read',
  'customers:manage',
  'catalog:read',
  'catalog:manage',
  'pricing:manage',
  'inventory:read',
  'inventory:adjust',
  'inventory:manage',
  'shipping:manage',
  'orders:read',
  'orders:manage',
  'orders:fulfil',
  'orders:refund',
  'messages:reply',
  'promotions:manage',
  'reports:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['owner', 'manager', 'catalog', 'fulfilment', 'support', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Only people manage people and keys: a leaked key must not mint keys or staff accounts. */
export const NOT_GRANTABLE_TO_KEYS: readonly Permission[] = ['staff:manage', 'api-keys:manage'];

const READ_ALL: Permission[] = ['catalog:read', 'inventory:read', 'orders:read', 'customers:read', 'reports:read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  manager: PERMISSIONS.filter((p) => p !== 'staff:manage' && p !== 'settings:manage'),
  catalog: [
    'catalog:read',
    'catalog:manage',
    'pricing:manage',
    'inventory:read',
    'inventory:adjust',
    'inventory:manage',
    'shipping:manage',
    'promotions:manage',
  ],
  fulfilment: ['orders:read', 'orders:fulfil', 'inventory:read', 'inventory:adjust', 'catalog:read', 'customers:read', 'messages:reply'],
  support: ['orders:read', 'orders:manage', 'customers:read', 'customers:manage', 'messages:reply', 'catalog:read', 'mail:read'],
  analyst: [...READ_ALL, 'staff:read'],
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: 'Everything, including staff, API keys and payment settings',
  manager: 'Runs the store day to day: everything but staff and payment settings',
  catalog: 'Products, prices, promotions, stock and shipping',
  fulfilment: 'Picks, packs and ships orders; adjusts stock',
  support: 'Answers customers; edits orders and customer records, but cannot refund',
  analyst: 'Reads reports and every list, changes nothing',
};

export function permissionsOf(role: Role): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
