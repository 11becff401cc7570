/**
 * Which photos are ticked in the grid. A Shift-click ticks (or unticks) every
 * selectable photo between the last one clicked and this one, as in a file
 * manager; cards are never selectable.
 */

export interface Selectable {
  id: string;
  selectable: boolean;
}

export function toggleSelection(
  selected: ReadonlySet<string>,
  items: readonly Selectable[],
  index: number,
  checked: boolean,
  anchor: number | null,
): Set<string> {
  const next = new Set(selected);
  const range =
    anchor !== null && anchor >= 0 && anchor < items.length
      ? items.slice(Math.min(anchor, index), Math.max(anchor, index) + 1)
      : items.slice(index, index + 1);
  for (const item of range) {
    if (!item.selectable) continue;
    if (checked) next.add(item.id);
    else next.delete(item.id);
  }
  return next;
}

/** Every selectable photo shown, added to what is ticked already. */
export function selectAll(selected: ReadonlySet<string>, items: readonly Selectable[]) {
  const next = new Set(selected);
  for (const item of items) if (item.selectable) next.add(item.id);
  return next;
}
