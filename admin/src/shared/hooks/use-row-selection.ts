import { useState } from 'react';

export interface RowSelection {
  selected: ReadonlySet<string>;
  isSelected: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
}

/** Which rows of a list are ticked, for bulk actions. */
export function useRowSelection(): RowSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const setMany = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
      return next;
    });
  return {
    selected,
    isSelected: (id) => selected.has(id),
    toggle: (id, on) => setMany([id], on),
    setMany,
    clear: () => setSelected(new Set()),
  };
}
