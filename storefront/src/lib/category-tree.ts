import type { CategoryNodeView } from '@tillpoint/sdk';
import { createAnonymousClient } from './api';
import { rememberedOrNull } from './remembered';

/** The tree changes rarely and many pages need it (breadcrumbs, subcategories, the 404 page). */
const CACHE_TTL_MS = 60_000;

/** The category tree, or null when the API cannot be reached and nothing is cached. */
export const loadCategoryTree = rememberedOrNull(CACHE_TTL_MS, 'categories', () => createAnonymousClient().storeListCategories());

/** The categories from the top down to `handle` (the last one is the category itself), or null. */
export function findCategoryPath(tree: readonly CategoryNodeView[], handle: string): CategoryNodeView[] | null {
  for (const node of tree) {
    if (node.handle === handle) return [node];
    const below = findCategoryPath(node.children, handle);
    if (below) return [node, ...below];
  }
  return null;
}

/** Every category in the tree, parents before their children. */
export function flattenCategories(tree: readonly CategoryNodeView[]): CategoryNodeView[] {
  return tree.flatMap((node) => [node, ...flattenCategories(node.children)]);
}
