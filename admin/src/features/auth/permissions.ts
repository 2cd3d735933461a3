import type { Permission, StaffMeView } from '@tillpoint/sdk';

export function can(me: Pick<StaffMeView, 'permissions'>, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

/** Thrown by a route the signed-in staff member may not open; the error page explains it. */
export class NoAccessError extends Error {
  constructor(readonly permission: Permission) {
    super(`This page needs the ${permission} permission.`);
    this.name = 'NoAccessError';
  }
}

export function assertCan(me: Pick<StaffMeView, 'permissions'>, permission: Permission | undefined): void {
  if (permission && !can(me, permission)) throw new NoAccessError(permission);
}
