/**
 * Words that a table cell wraps across two lines, measured in the browser:
 * for each run of letters, marks and digits in the text of a visible td or
 * th, the rectangles of its Range; a word on one line has them all on one
 * line, a word broken inside ("Bản chí|nh") has rectangles on two. Breaks at
 * spaces and punctuation ("bài/năm") are not inside a word and are allowed.
 * Text that is visually hidden (a 1 px clip: captions, the headings of a
 * stacked table) is skipped: it is read aloud, never seen.
 */
import type { Page } from 'playwright-core';

export interface BrokenWord {
  word: string;
  /** The start of the cell's text, to find it. */
  cell: string;
}

export function brokenWords(page: Page): Promise<BrokenWord[]> {
  return page.evaluate(() => {
    const found: { word: string; cell: string }[] = [];
    const hidden = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.clipPath !== 'none' || style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    };
    for (const cell of document.querySelectorAll('td, th')) {
      if (cell.getClientRects().length === 0 || hidden(cell)) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (hidden(node.parentElement)) continue;
        for (const match of node.data.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          // Two rectangles that do not share a line: one lies wholly below the other.
          const lines = rects.some((a) => rects.some((b) => b.top >= a.bottom - 1));
          if (lines) found.push({ word: match[0], cell: (cell.textContent ?? '').trim().slice(0, 60) });
        }
      }
    }
    return found;
  });
}
