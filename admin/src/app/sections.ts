import type { Permission, StaffMeView } from '@tillpoint/sdk';
import {
  BadgePercent,
  FileUp,
  FolderTree,
  KeyRound,
  LayoutDashboard,
  ListChecks,
  Mail,
  MessagesSquare,
  Package,
  Settings,
  ShoppingBag,
  TicketPercent,
  Truck,
  Users,
  Warehouse,
  type LucideIcon,
} from 'lucide-react';
import type { ComponentType } from 'react';
import { can } from '../features/auth/permissions';
import { UnreadMessagesBadge } from '../features/messages/components/UnreadMessagesBadge';

export interface Section {
  to:
    | '/'
    | '/orders'
    | '/messages'
    | '/products'
    | '/categories'
    | '/sales'
    | '/discount-codes'
    | '/inventory'
    | '/shipping'
    | '/import'
    | '/staff'
    | '/api-keys'
    | '/jobs'
    | '/mail'
    | '/settings';
  label: string;
  icon: LucideIcon;
  /** Needed to see the section at all; the API checks it again on every call. */
  permission?: Permission;
  description: string;
  /** A count beside the link, such as unread messages. */
  badge?: ComponentType;
}

/** The admin's sections, in navigation order: the sidebar, the overview cards and the route guards read this. */
export const SECTIONS: readonly Section[] = [
  { to: '/', label: 'Overview', icon: LayoutDashboard, description: 'Your store at a glance.' },
  {
    to: '/orders',
    label: 'Orders',
    icon: ShoppingBag,
    permission: 'orders:read',
    description: 'What shoppers ordered, how they paid and where it goes, with each order’s history.',
  },
  {
    to: '/messages',
    label: 'Messages',
    icon: MessagesSquare,
    permission: 'orders:read',
    description: 'Conversations with customers about their orders, unread ones first to catch the eye.',
    badge: UnreadMessagesBadge,
  },
  {
    to: '/products',
    label: 'Products',
    icon: Package,
    permission: 'catalog:read',
    description: 'What the store sells: variants, prices, images and how shoppers find them.',
  },
  {
    to: '/categories',
    label: 'Categories & collections',
    icon: FolderTree,
    permission: 'catalog:read',
    description: 'The category tree of the shop, and hand-picked collections of products.',
  },
  {
    to: '/sales',
    label: 'Sales',
    icon: BadgePercent,
    permission: 'catalog:read',
    description: 'Price lists that take a percentage or an amount off, for a while.',
  },
  {
    // Beside sales, not under settings: the API guards codes as promotions, which the catalog role manages.
    to: '/discount-codes',
    label: 'Discount codes',
    icon: TicketPercent,
    permission: 'catalog:read',
    description: 'Codes shoppers type at checkout for a percentage, an amount or free shipping.',
  },
  {
    to: '/inventory',
    label: 'Inventory',
    icon: Warehouse,
    permission: 'inventory:read',
    description: 'Stock per location, its adjustments and transfers, and every movement.',
  },
  {
    to: '/shipping',
    label: 'Shipping',
    icon: Truck,
    permission: 'catalog:read',
    description: 'Where the store delivers, with which methods and rates, and on which days.',
  },
  {
    to: '/import',
    label: 'Import',
    icon: FileUp,
    permission: 'catalog:manage',
    description: 'Create and update products from a CSV file, or export them all.',
  },
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
  {
    to: '/settings',
    label: 'Settings',
    icon: Settings,
    permission: 'settings:read',
    description: 'Payment providers, taxes, and the limits of carts and checkout.',
  },
];

export function sectionsFor(me: StaffMeView): Section[] {
  return SECTIONS.filter((section) => !section.permission || can(me, section.permission));
}

export function sectionPermission(to: Section['to']): Permission | undefined {
  return SECTIONS.find((section) => section.to === to)?.permission;
}
