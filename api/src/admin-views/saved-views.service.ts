import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '../auth/access/principal';
import { Db, isUniqueViolation } from '../platform/database/db.service';
import { Conflict, FieldError, Forbidden, NotFound, ValidationFailed } from '../platform/errors/domain-error';
import { CreateSavedViewDto, SavedViewFilters, SavedViewListView, SavedViewView } from './dto/saved-view.dto';
import { MAX_FILTER_TEXT, MAX_FILTERS, MAX_VIEWS_PER_LIST, SAVED_VIEW_RESOURCES, type SavedViewResource } from './saved-view-resources';

interface SavedViewRow {
  id: string;
  staff_id: string;
  resource: SavedViewResource;
  name: string;
  filters: SavedViewFilters;
  shared: boolean;
  created_at: Date;
}

/** Others' shared views a list shows at most; past that, the oldest win. */
const MAX_SHARED_SHOWN = 100;
const FILTER_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/**
 * Saved filters of the admin lists. Every query names the caller: another staff member's private view
 * is "not found", exactly like one that never existed.
 */
@Injectable()
export class SavedViews {
  constructor(private readonly db: Db) {}

  async list(staff: StaffPrincipal, resource: SavedViewResource): Promise<SavedViewListView> {
    assertMayUse(staff, resource);
    // Two bounded, indexed reads in one statement: the caller's own views, then what colleagues shared.
    const rows = await this.db.read<SavedViewRow>(
      `(SELECT * FROM saved_views WHERE staff_id = $1 AND resource = $2 ORDER BY created_at, id LIMIT ${MAX_VIEWS_PER_LIST})
       UNION ALL
       (SELECT * FROM saved_views WHERE resource = $2 AND shared AND staff_id <> $1 ORDER BY created_at, id LIMIT ${MAX_SHARED_SHOWN})`,
      [staff.id, resource],
    );
    const mineFirst = (row: SavedViewRow) => (row.staff_id === staff.id ? 0 : 1);
    rows.sort((a, b) => mineFirst(a) - mineFirst(b) || a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
    return { items: rows.map((row) => toView(row, staff.id)) };
  }

  async create(staff: StaffPrincipal, input: CreateSavedViewDto): Promise<SavedViewView> {
    assertMayUse(staff, input.resource);
    const name = input.name.trim();
    const problems = [...(name ? [] : [{ pointer: '/name', detail: 'must not be blank' }]), ...filterProblems(input.filters)];
    if (problems.length) throw new ValidationFailed(problems);
    try {
      const row = await this.db.transaction(async (tx) => {
        // One staff member's saves in a row, so the count below holds when two tabs save at once.
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('saved_views:' || $1))`, [staff.id]);
        const [{ count }]: { count: number }[] = await tx.query(
          `SELECT count(*)::int AS count FROM saved_views WHERE staff_id = $1 AND resource = $2`,
          [staff.id, input.resource],
        );
        if (count >= MAX_VIEWS_PER_LIST)
          throw new Conflict('saved_views_full', `You can keep at most ${MAX_VIEWS_PER_LIST} views of a list; delete one first.`);
        const [inserted]: SavedViewRow[] = await tx.query(
          `INSERT INTO saved_views (staff_id, resource, name, filters, shared) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
          [staff.id, input.resource, name, JSON.stringify(input.filters), input.shared ?? false],
        );
        return inserted;
      });
      return toView(row, staff.id);
    } catch (error) {
      if (isUniqueViolation(error, 'saved_views_name_key'))
        throw new Conflict('saved_view_name_taken', `You already have a view called “${name}”.`, [
          { pointer: '/name', detail: 'is already the name of one of your views' },
        ]);
      throw error;
    }
  }

  /** Only the owner deletes a view; colleagues who see it shared are told so, strangers get "not found". */
  async remove(staff: StaffPrincipal, id: string): Promise<void> {
    const [row] = await this.db.read<SavedViewRow>(`SELECT * FROM saved_views WHERE id = $1 AND (staff_id = $2 OR shared)`, [id, staff.id]);
    if (!row) throw new NotFound('saved view');
    assertMayUse(staff, row.resource);
    if (row.staff_id !== staff.id) throw new Forbidden('not_view_owner', 'Only the staff member who saved this view can delete it.');
    await this.db.manager.query(`DELETE FROM saved_views WHERE id = $1 AND staff_id = $2`, [id, staff.id]);
  }
}

function assertMayUse(staff: StaffPrincipal, resource: SavedViewResource): void {
  const permission = SAVED_VIEW_RESOURCES[resource];
  if (!staff.permissions.has(permission)) throw new Forbidden('forbidden', `Saved views of ${resource} need the ${permission} permission.`);
}

/** A view's filters are replayed as a list query, so they stay small and flat: names to simple values. */
function filterProblems(filters: Record<string, unknown>): FieldError[] {
  const entries = Object.entries(filters);
  if (entries.length > MAX_FILTERS) return [{ pointer: '/filters', detail: `must have at most ${MAX_FILTERS} entries` }];
  return entries.flatMap(([key, value]): FieldError[] => {
    const pointer = `/filters/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!FILTER_NAME.test(key)) return [{ pointer, detail: 'must be named with letters and digits' }];
    if (typeof value === 'string')
      return value.length > MAX_FILTER_TEXT ? [{ pointer, detail: `must be at most ${MAX_FILTER_TEXT} characters` }] : [];
    if (typeof value === 'number') return Number.isFinite(value) ? [] : [{ pointer, detail: 'must be a finite number' }];
    if (typeof value === 'boolean') return [];
    return [{ pointer, detail: 'must be a string, a number or a boolean' }];
  });
}

function toView(row: SavedViewRow, callerId: string): SavedViewView {
  return {
    id: row.id,
    resource: row.resource,
    name: row.name,
    filters: row.filters,
    shared: row.shared,
    ownerId: row.staff_id,
    mine: row.staff_id === callerId,
    createdAt: row.created_at.toISOString(),
  };
}
