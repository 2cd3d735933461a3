import { NOT_GRANTABLE_TO_KEYS, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions';

describe('permission matrix', () => {
  it('gives the owner every permission', () => {
    expect([...permissionsOf('owner')].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('lets only the owner manage staff and payment settings', () => {
    for (const role of ROLES) {
      const has = permissionsOf(role);
      expect(has.has('staff:manage')).toBe(role === 'owner');
      expect(has.has('settings:manage')).toBe(role === 'owner');
    }
  });

  it('keeps refunds away from support and analysts', () => {
    expect(permissionsOf('support').has('orders:refund')).toBe(false);
    expect(permissionsOf('analyst').has('orders:refund')).toBe(false);
    expect(permissionsOf('manager').has('orders:refund')).toBe(true);
  });

  it('gives the analyst reads only', () => {
    for (const permission of permissionsOf('analyst')) expect(permission).toMatch(/:read$/);
  });

  it('names only known permissions', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    for (const p of NOT_GRANTABLE_TO_KEYS) expect(PERMISSIONS).toContain(p);
  });
});
