import type { Permission } from '../auth/access/permissions';

/**
 * The admin lists that can have saved views, and what a staff member needs to use a list's views: the
 * same permission as reading the list itself, so a view never shows more than its list does.
 */
export const SAVED_VIEW_RESOURCES = { orders: 'orders:read' } as const satisfies Record<string, Permission>;

export type SavedViewResource = keyof typeof SAVED_VIEW_RESOURCES;
export const RESOURCE_NAMES = Object.keys(SAVED_VIEW_RESOURCES) as SavedViewResource[];

/** A staff member keeps at most this many views per list; the list answer is bounded by it and the shared ones. */
export const MAX_VIEWS_PER_LIST = 50;
/** How many filters a view holds, and how long a text filter may be: a view is a query, not a document. */
export const MAX_FILTERS = 20;
export const MAX_FILTER_TEXT = 200;
