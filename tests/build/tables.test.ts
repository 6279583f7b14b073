/**
 * The portal's data tables as built (src/components/DataTable.astro): each
 * in its scroll box with a caption and column headings; in a table that
 * stacks on a phone, every data cell labelled with its own column's heading;
 * no cell left empty and no meaningless "0" count of papers (issue #17,
 * part 2). Tables a clerk writes in Markdown (.prose) are theirs, not these.
 */
import { describe, expect, it } from 'vitest';
import { SITES } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';

describe.each([
  { name: 'the demo', site: new BuiltSite(SITES.demo.out) },
  { name: 'a 2026 ward', site: new BuiltSite(SITES.hoaAn.out) },
])('data tables of $name', ({ site }) => {
  const tables = site.pages().flatMap((path) =>
    site
      .page(path)
      .querySelectorAll('table')
      // A clerk's own tables, and the notice frame's layout table (role="presentation", blocks on screen), are not data tables.
      .filter((t) => !t.closest('.prose') && t.getAttribute('role') !== 'presentation')
      .map((table) => ({ path, table })),
  );

  it('sit in a scroll box with a caption and column headings', () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const { path, table } of tables) {
      expect(table.parentNode?.classList.contains('table-scroll'), path).toBe(true);
      expect(table.querySelector('caption')?.text.trim(), path).toBeTruthy();
      expect(table.querySelectorAll('thead th[scope="col"]').length, path).toBeGreaterThan(1);
    }
  });

  it('label every cell of a stacking table with its column’s heading', () => {
    const stacking = tables.filter(({ table }) => table.classList.contains('stack'));
    expect(stacking.length).toBeGreaterThan(5);
    for (const { path, table } of stacking) {
      const headings = table.querySelectorAll('thead th').map((th) => th.text.trim());
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = row.querySelectorAll('th, td');
        if (cells.some((c) => c.getAttribute('colspan'))) continue;
        cells.forEach((cell, i) => {
          if (cell.tagName === 'TD') expect(cell.getAttribute('data-label'), `${path}: ${cell.text.trim()}`).toBe(headings[i]);
        });
      }
    }
  });

  it('leave no cell empty and count no paper as "0"', () => {
    for (const { path, table } of tables) {
      for (const cell of table.querySelectorAll('tbody th, tbody td')) {
        expect(cell.text.trim(), `${path}: an empty cell in "${table.querySelector('caption')?.text.trim()}"`).not.toBe('');
      }
      if (table.classList.contains('checklist')) {
        for (const count of table.querySelectorAll('tbody td')) expect(count.text.trim(), path).toMatch(/^\d+ bản (chính|sao)(, \d+ bản sao)?$|^Hỏi/);
      }
    }
  });
});
