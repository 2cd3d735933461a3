import type { Permission, StaffMeView } from '@tillpoint/sdk';
import { KeyRound, LayoutDashboard, ListChecks, Mail, Users, type LucideIcon } from 'lucide-react';
import { can } from '../features/auth/permissions';

export interface Section {
  to: '/' | '/staff' | '/api-keys' | '/jobs' | '/mail';
  label: string;
  icon: LucideIcon;
  /** Needed to see the section at all; the API checks it again on every call. */
  permission?: Permission;
  description: string;
}

/** The admin's sections, in navigation order: the sidebar, the overview cards and the route guards read this. */
export const SECTIONS: readonly Section[] = [
  { to: '/', label: 'Overview', icon: LayoutDashboard, description: 'Your store at a glance.' },
  {
    to: '/staff',
    label: 'Staff',
    icon: Users,
    permission: 'staff:read',
    description: 'Who can sign in to this admin, and with which role.',
  },
  {
    to: '/api-keys',
    label: 'API keys',
    icon: KeyRound,
    permission: 'api-keys:read',
    description: 'Secret keys that let your other systems call the admin API.',
  },
  {
    to: '/jobs',
    label: 'Jobs',
    icon: ListChecks,
    permission: 'jobs:read',
    description: 'Background work such as emails and webhooks, and retries of what failed.',
  },
  { to: '/mail', label: 'Mail', icon: Mail, permission: 'mail:read', description: 'Every email the store has sent, with its content.' },
];

export function sectionsFor(me: StaffMeView): Section[] {
  return SECTIONS.filter((section) => !section.permission || can(me, section.permission));
}

export function sectionPermission(to: Section['to']): Permission | undefined {
  return SECTIONS.find((section) => section.to === to)?.permission;
}
