import { createContext, useContext, type ReactNode } from 'react';
import type { RowSelection } from '../hooks/use-row-selection';
import { Checkbox } from './Checkbox';

interface RowSelectionContextValue extends RowSelection {
  /** The rows on screen, which "select all" ticks. */
  rowIds: readonly string[];
}

const RowSelectionContext = createContext<RowSelectionContextValue | null>(null);

/**
 * Gives a table's select column the selection, so its column definitions can stay at module scope
 * (DataTable wants stable columns) while the ticks change.
 */
export function RowSelectionProvider({
  selection,
  rowIds,
  children,
}: {
  selection: RowSelection;
  rowIds: readonly string[];
  children: ReactNode;
}) {
  return <RowSelectionContext.Provider value={{ ...selection, rowIds }}>{children}</RowSelectionContext.Provider>;
}

function useSelectionContext(): RowSelectionContextValue {
  const value = useContext(RowSelectionContext);
  if (!value) throw new Error('A select column needs a RowSelectionProvider around its table.');
  return value;
}

export function SelectRowCheckbox({ id, label }: { id: string; label: string }) {
  const { isSelected, toggle } = useSelectionContext();
  return <Checkbox hideLabel label={label} checked={isSelected(id)} onCheckedChange={(on) => toggle(id, on)} />;
}

export function SelectAllCheckbox({ label }: { label: string }) {
  const { rowIds, isSelected, setMany } = useSelectionContext();
  const count = rowIds.filter(isSelected).length;
  const state = rowIds.length > 0 && count === rowIds.length ? true : count > 0 ? 'indeterminate' : false;
  return <Checkbox hideLabel label={label} checked={state} disabled={rowIds.length === 0} onCheckedChange={(on) => setMany(rowIds, on)} />;
}
