/**
 * Which of a commune's pages the provincial hub's province-wide index holds
 * (src/build/hub-search.ts): every undated page, and only the newest
 * HUB_RECENT of its dated ones (news, events, commendations), whatever their
 * order on disk; the older ones stay in the commune's own index.
 */
import { describe, expect, it } from 'vitest';
import { recentPages } from '../../src/build/hub-search.ts';
import { HUB_RECENT } from '../../src/lib/search.ts';

const page = (name: string, date?: string) => ({ page: name, date });

describe('the pages of a commune in the province-wide index', () => {
  it('keeps every undated page and the newest dated ones, ties broken by address', () => {
    const pages = [
      page('lien-he/index.html'),
      page('tin-tuc/a/index.html', '2024-03-01'),
      page('tin-tuc/b/index.html', '2026-05-01'),
      page('su-kien/c/index.html', '2025-12-31'),
      page('tin-tuc/d/index.html', '2026-05-01'),
      page('ke-hoach/2026/index.html'),
    ];
    expect(recentPages(pages, 2).map((p) => p.page)).toEqual(['lien-he/index.html', 'tin-tuc/b/index.html', 'tin-tuc/d/index.html', 'ke-hoach/2026/index.html']);
    expect(recentPages(pages, 3).map((p) => p.page)).toContain('su-kien/c/index.html');
    expect(recentPages(pages, 0).map((p) => p.page)).toEqual(['lien-he/index.html', 'ke-hoach/2026/index.html']);
  });

  it('holds HUB_RECENT of three hundred news items, the newest, and all of a commune with fewer', () => {
    const news = Array.from({ length: 300 }, (_, i) =>
      page(`tin-tuc/tin-${i}/index.html`, `20${String(19 + Math.floor(i / 50)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`),
    );
    const kept = recentPages(news, HUB_RECENT);
    expect(kept).toHaveLength(HUB_RECENT);
    const oldestKept = kept.map((p) => p.date!).sort()[0]!;
    expect(news.filter((p) => !kept.includes(p)).every((p) => p.date! <= oldestKept)).toBe(true);
    expect(recentPages(news.slice(0, 10), HUB_RECENT)).toHaveLength(10);
  });
});
