/** How pages bound a plan task's items (src/lib/task-items.ts): the newest few on the plan and reports, all on the task's pages. */
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { newestFirst, newestItems, TASK_ITEMS_PER_PAGE, TASK_ITEMS_SHOWN, taskItemPages } from '../../src/lib/task-items.ts';

const item = (id: string, date: string) => ({ id, date });
// Oldest first, as plan progress keeps a task's items; two of one day.
const items = Array.from({ length: 45 }, (_, i) => item(`i${i}`, `2024-${String(1 + Math.floor(i / 5)).padStart(2, '0')}-${String(1 + (i % 5)).padStart(2, '0')}`));

describe('task items', () => {
  it('shows the newest few in date order, and says how many it leaves out', () => {
    const { shown, more } = newestItems(items);
    expect(shown.map((i) => i.id)).toEqual(items.slice(-TASK_ITEMS_SHOWN).map((i) => i.id));
    expect(more).toBe(items.length - TASK_ITEMS_SHOWN);
    expect(newestItems(items.slice(0, 2))).toEqual({ shown: items.slice(0, 2), more: 0 });
    // Whatever order they come in (unposted events are gathered task by task).
    expect(newestItems([...items].reverse()).shown.map((i) => i.date)).toEqual(items.slice(-TASK_ITEMS_SHOWN).map((i) => i.date));
  });

  it('pages every item, newest first, none lost or repeated', () => {
    const pages = taskItemPages(items);
    expect(pages).toHaveLength(Math.ceil(items.length / TASK_ITEMS_PER_PAGE));
    const all = pages.flatMap((p) => p.items);
    expect(all).toEqual(newestFirst(items));
    expect(new Set(all.map((i) => i.id)).size).toBe(items.length);
    expect(all.map((i) => i.date)).toEqual(items.map((i) => i.date).reverse());
    expect(taskItemPages([])).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('lists items of one day in the reverse of the order given, newest first', () => {
    const day = [item('a', '2024-05-01'), item('b', '2024-05-01'), item('c', '2024-04-01')];
    expect(newestFirst(day).map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it("gives each task an address of its own, a grouped task's id as a slug", () => {
    expect(paths.taskItems(2024, '4')).toBe('/ke-hoach/2024/nhiem-vu/4/');
    expect(paths.taskItems(2024, 'II.1', 3)).toBe('/ke-hoach/2024/nhiem-vu/ii-1/trang/3/');
  });
});
