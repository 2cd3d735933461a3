import type { SavedViewView } from '@tillpoint/sdk';
import clsx from 'clsx';
import { BookmarkPlus, Users, X } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Button } from '../../../shared/ui/Button';
import { ConfirmDialog } from '../../../shared/ui/ConfirmDialog';
import { isFiltered, type OrderSearch } from '../order-search';
import { isSameSearch, searchOfView } from '../saved-view-filters';
import { useDeleteOrderView, useOrderViews } from '../use-saved-views';
import { useActorName } from '../../inventory/use-actor-names';
import { SaveViewDialog } from './SaveViewDialog';

interface SavedViewsBarProps {
  search: OrderSearch;
  onChange: (search: OrderSearch) => void;
}

/** "All orders" and each saved view as a tab; the current filters can be saved as a new one. */
export function SavedViewsBar({ search, onChange }: SavedViewsBarProps) {
  const views = useOrderViews();
  const remove = useDeleteOrderView();
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedViewView | null>(null);
  const items = views.data ?? [];
  const current = items.find((view) => isSameSearch(searchOfView(view), search));
  const canSave = isFiltered(search) && !current;

  return (
    <div className="mb-3 flex items-center gap-2 border-b border-stone-200">
      <nav aria-label="Saved views" className="-mb-px flex min-w-0 flex-1 gap-1 overflow-x-auto">
        <ViewTab active={!isFiltered(search)} onSelect={() => onChange({})}>
          All orders
        </ViewTab>
        {items.map((view) => (
          <ViewTab
            key={view.id}
            active={view === current}
            onSelect={() => onChange(searchOfView(view))}
            onDelete={view.mine ? () => setDeleting(view) : undefined}
            deleteLabel={`Delete view ${view.name}`}
            shared={view.shared ? <SharedMark view={view} /> : undefined}
          >
            {view.name}
          </ViewTab>
        ))}
      </nav>
      {canSave && (
        <Button size="sm" variant="ghost" className="mb-1" onClick={() => setSaving(true)}>
          <BookmarkPlus aria-hidden /> Save view
        </Button>
      )}
      {saving && <SaveViewDialog search={search} onOpenChange={setSaving} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title="Delete view?"
        description={
          deleting?.shared
            ? `“${deleting.name}” disappears for everyone it is shared with. The orders stay as they are.`
            : `“${deleting?.name ?? ''}” disappears from your tabs. The orders stay as they are.`
        }
        confirmLabel="Delete view"
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          if (deleting === current) onChange({});
        }}
      />
    </div>
  );
}

interface ViewTabProps {
  active: boolean;
  onSelect: () => void;
  onDelete?: () => void;
  deleteLabel?: string;
  shared?: ReactNode;
  children: ReactNode;
}

function ViewTab({ active, onSelect, onDelete, deleteLabel, shared, children }: ViewTabProps) {
  return (
    <span
      className={clsx(
        'group inline-flex shrink-0 items-center border-b-2 transition-colors',
        active ? 'border-brand-700 text-stone-900' : 'border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900',
      )}
    >
      <button
        type="button"
        aria-pressed={active}
        onClick={onSelect}
        className="inline-flex items-center gap-1.5 px-2.5 py-2 font-medium whitespace-nowrap"
      >
        {children}
        {shared}
      </button>
      {onDelete && (
        <button
          type="button"
          onClick={onDelete}
          aria-label={deleteLabel}
          className="-ml-1.5 mr-1 rounded p-0.5 text-stone-400 opacity-60 group-hover:opacity-100 hover:bg-stone-100 hover:text-stone-700 focus-visible:opacity-100"
        >
          <X aria-hidden className="size-3.5" />
        </button>
      )}
    </span>
  );
}

function SharedMark({ view }: { view: SavedViewView }) {
  const ownerName = useActorName()({ type: 'staff', id: view.ownerId });
  const label = view.mine ? 'Shared with all staff' : `Shared by ${ownerName}`;
  return (
    <span title={label} className="text-stone-400">
      <Users aria-hidden className="size-3.5" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
