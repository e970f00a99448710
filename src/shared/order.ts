/** Ordered lists kept by a `position` column (themes, resource types). */

/**
 * Moves the item `id` one place up or down in `rows` (ordered) and returns the positions to write,
 * renumbered 1…n, with the item's new place; nothing to write when it is already at that end.
 */
export function moveInOrder<T extends { id: number; position: number }>(
  rows: T[],
  id: number,
  direction: 'up' | 'down',
): { writes: { id: number; position: number }[]; place: number } {
  const order = [...rows];
  const index = order.findIndex((r) => r.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return { writes: [], place: index + 1 };
  [order[index], order[target]] = [order[target]!, order[index]!];
  return { writes: order.flatMap((r, i) => (r.position === i + 1 ? [] : [{ id: r.id, position: i + 1 }])), place: target + 1 };
}
