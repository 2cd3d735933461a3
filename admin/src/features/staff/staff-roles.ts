import type { StaffRole, StaffStatus } from '@tillpoint/sdk';

export const STAFF_ROLES = ['owner', 'manager', 'catalog', 'fulfilment', 'support', 'analyst'] as const satisfies readonly StaffRole[];

// Fails to compile when the API grows a role this list lacks.
type Missing = Exclude<StaffRole, (typeof STAFF_ROLES)[number]>;
export const rolesAreComplete: [Missing] extends [never] ? true : never = true;

export const ROLE_LABELS: Record<StaffRole, string> = {
  owner: 'Owner',
  manager: 'Manager',
  catalog: 'Catalog',
  fulfilment: 'Fulfilment',
  support: 'Support',
  analyst: 'Analyst',
};

export const STATUS_LABELS: Record<StaffStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};
