/**
 * A province's communes cut into CI batches (src/build/batches.ts) and a
 * built tree measured against the Pages hosts (src/build/output-size.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchOf, communesOfBatch, JOB_LIMITS, parseBatch, planBatches } from '../../src/build/batches.ts';
import { fitHosts, measureTree, PAGES_LIMITS } from '../../src/build/output-size.ts';

const communes = (n: number, prefix = 'xa') => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);

describe('batches of communes', () => {
  // 3321: the communes, wards and special zones of Viet Nam since July 2025.
  it.each([
    [1, 20],
    [256, 256],
    [257, 256],
    [300, 20],
    [300, 200],
    [300, 256],
    [3321, 200],
    [3321, 256],
  ])('%i communes in %i batches: within the hosts’ job limits, each commune exactly once', (n, count) => {
    const slugs = communes(n);
    const plan = planBatches(slugs, count);
    expect(plan.length).toBeLessThanOrEqual(count);
    expect(plan.length).toBeLessThanOrEqual(Math.max(...Object.values(JOB_LIMITS)));
    expect(plan.flatMap((b) => b.communes).sort()).toEqual([...slugs].sort());
    for (const b of plan) {
      expect(b.communes.length).toBeGreaterThan(0);
      const id = parseBatch(b.batch)!;
      expect(communesOfBatch(slugs, id)).toEqual(b.communes);
      expect(b.key).toBe(`${id.index}-of-${id.count}`);
    }
    // Batches in order, so job names read 1/n, 2/n, …
    const indexes = plan.map((b) => parseBatch(b.batch)!.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('balances a large province: no batch holds more than twice its share', () => {
    for (const count of [20, 200, 256]) {
      const plan = planBatches(communes(3321), count);
      const share = 3321 / count;
      expect(Math.max(...plan.map((b) => b.communes.length)), `${count} batches`).toBeLessThanOrEqual(2 * share + 3);
    }
  });

  it('keeps each commune in its batch when communes are added or removed', () => {
    const before = communes(300);
    const after = [...before.filter((_, i) => i % 7 !== 0), ...communes(40, 'phuong')];
    const where = (plan: ReturnType<typeof planBatches>) => new Map(plan.flatMap((b) => b.communes.map((c) => [c, b.batch] as const)));
    const was = where(planBatches(before, 20));
    const is = where(planBatches(after, 20));
    for (const slug of after.filter((s) => before.includes(s))) expect(is.get(slug), slug).toBe(was.get(slug));
    // The same slug, the same batch, on every machine and release: a change of hash would move
    // every commune away from its cached last good site, so the values are pinned.
    expect(batchOf('xa-bang-ca', 20)).toBe(7);
    expect(batchOf('phuong-hoa-an', 256)).toBe(118);
    expect(planBatches([...before].reverse(), 20).map((b) => b.batch)).toEqual(planBatches(before, 20).map((b) => b.batch));
  });

  it('reads i/n and refuses what no host can run', () => {
    expect(parseBatch('3/20')).toEqual({ index: 3, count: 20 });
    expect(parseBatch('256/256')).toEqual({ index: 256, count: 256 });
    for (const bad of ['0/20', '21/20', '1/257', '3', '3/20/1', 'a/b', '-1/4', '1.5/4']) expect(parseBatch(bad), bad).toBeUndefined();
  });
});

describe('a built tree against the Pages hosts', () => {
  const GB = 1_000_000_000;

  it('says ok, near from 80 %, and over, by size and (GitLab) by file count', () => {
    const level = (bytes: number, files: number) => Object.fromEntries(fitHosts({ bytes, files }).map((h) => [h.host, h.level]));
    expect(level(0.1 * GB, 1000)).toEqual({ github: 'ok', gitlab: 'ok' });
    expect(level(0.85 * GB, 1000)).toEqual({ github: 'near', gitlab: 'near' });
    expect(level(1.2 * GB, 1000)).toEqual({ github: 'over', gitlab: 'over' });
    // GitHub counts no files; GitLab stops at 200,000.
    expect(level(0.1 * GB, 170_000)).toEqual({ github: 'ok', gitlab: 'near' });
    expect(level(0.1 * GB, 200_001)).toEqual({ github: 'ok', gitlab: 'over' });
    expect(fitHosts({ bytes: 0.5 * GB, files: 150_000 }).find((h) => h.host === 'gitlab')!.share).toBe(0.75);
    expect(PAGES_LIMITS.gitlab.files).toBe(200_000);
  });

  it('measures every file of a tree, in sub-folders too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-size-'));
    try {
      mkdirSync(join(dir, 'xa-a', 'tin-tuc'), { recursive: true });
      writeFileSync(join(dir, 'xa-a', 'index.html'), 'x'.repeat(1000));
      writeFileSync(join(dir, 'xa-a', 'tin-tuc', 'index.html'), 'y'.repeat(234));
      writeFileSync(join(dir, 'robots.txt'), 'z');
      expect(measureTree(dir)).toEqual({ bytes: 1235, files: 3 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
