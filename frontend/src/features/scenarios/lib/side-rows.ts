import type { BoardGroup, BoardItem } from '@/lib/board-rows';

/**
 * The rows of a comparison timeline: only the venues in use (the hundreds of others say nothing
 * there), those holding a highlighted engagement first, each venue with its spaces under it.
 * The timeline draws only the rows in view, so what changed must be on top to be seen.
 */
export function sideRows(groups: BoardGroup[], items: BoardItem[], highlighted: ReadonlySet<string>): BoardGroup[] {
  const marked = new Set(items.filter((item) => highlighted.has(item.eventId)).map((item) => item.group));
  const blocks: BoardGroup[][] = [];
  for (const group of groups) {
    if (group.venue) {
      if (!group.className?.includes('board-venue-used')) continue;
      blocks.push([group]);
    } else {
      blocks.at(-1)?.push(group);
    }
  }
  const holds = (block: BoardGroup[]) => block.some((group) => marked.has(group.id));
  const ordered = [...blocks.filter(holds), ...blocks.filter((block) => !holds(block))];
  return ordered.flat().map((group, order) => ({ ...group, order }));
}

/** The highlighted item on the highest row: the one to bring into view. */
export function firstHighlighted(
  rows: BoardGroup[],
  items: BoardItem[],
  highlighted: ReadonlySet<string>,
): BoardItem | undefined {
  const order = new Map(rows.map((row) => [row.id, row.order]));
  return items
    .filter((item) => highlighted.has(item.eventId) && order.has(item.group))
    .sort((a, b) => order.get(a.group)! - order.get(b.group)! || a.start.getTime() - b.start.getTime())[0];
}
