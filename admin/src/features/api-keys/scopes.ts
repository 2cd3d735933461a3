import type { Permission } from '@tillpoint/sdk';
import { capitalise } from '../../shared/format/text';

/** Only people manage people and keys (the API refuses these on a key, so the form does not offer them). */
const NOT_GRANTABLE_TO_KEYS: readonly Permission[] = ['staff:manage', 'api-keys:manage'];

export interface ScopeGroup {
  domain: string;
  label: string;
  scopes: Permission[];
}

const DOMAIN_LABELS: Record<string, string> = { 'api-keys': 'API keys' };

/** What this staff member may put on a key: their own permissions, less the ones keys never get. */
export function grantableScopes(permissions: readonly Permission[]): Permission[] {
  return permissions.filter((permission) => !NOT_GRANTABLE_TO_KEYS.includes(permission));
}

/** Scopes by the domain before the colon, in the order the API lists them: staff, api-keys, jobs, catalog… */
export function groupScopes(scopes: readonly Permission[]): ScopeGroup[] {
  const groups = new Map<string, Permission[]>();
  for (const scope of scopes) {
    const domain = scope.split(':')[0] ?? scope;
    groups.set(domain, [...(groups.get(domain) ?? []), scope]);
  }
  return [...groups].map(([domain, members]) => ({ domain, label: domainLabel(domain), scopes: members }));
}

export function scopeAction(scope: Permission): string {
  const action = scope.split(':')[1] ?? scope;
  return capitalise(action);
}

function domainLabel(domain: string): string {
  return DOMAIN_LABELS[domain] ?? capitalise(domain.replace(/-/g, ' '));
}
