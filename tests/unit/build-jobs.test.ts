/**
 * build-all --jobs (src/build/jobs.ts): how many communes are built at once
 * by default (one per core, within the memory budget), the pool that runs
 * them (never more at once than asked, results in the communes' order, a
 * failure in one not stopping the others), and a wrong --jobs refused with
 * a Vietnamese message before anything is built. That the communes built
 * two at once are each complete, and a broken one fails loudly, is
 * tests/build/province.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MEMORY, buildsCanShare, defaultJobs, inPool, MEMORY_BUDGET, turns } from '../../src/build/jobs.ts';
import { buildEnv } from '../support/build.ts';

const GB = 2 ** 30;

describe('how many communes build at once', () => {
  it('is one per core while memory holds them', () => {
    expect(defaultJobs(2, 16 * GB)).toBe(2);
    expect(defaultJobs(1, 16 * GB)).toBe(1);
  });

  it('never holds more than the memory budget, however many cores', () => {
    const jobs = defaultJobs(64, 64 * GB);
    expect(jobs * BUILD_MEMORY).toBeLessThanOrEqual(MEMORY_BUDGET);
    expect(MEMORY_BUDGET).toBeLessThan(4 * GB);
  });

  it('is fewer when free memory is short, and never none', () => {
    expect(defaultJobs(8, BUILD_MEMORY * 1.2)).toBe(1);
    expect(defaultJobs(8, 0)).toBe(1);
  });
});

describe('the pool', () => {
  it('runs at most `jobs` at once and returns the results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await inPool([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n * 5));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it('goes on with the others when one item’s work reports a failure', async () => {
    const results = await inPool(['a', 'bad', 'c'], 3, async (s) => ({ s, ok: s !== 'bad' }));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });
});

describe('build-all --jobs', () => {
  for (const bad of ['0', '1.5', 'hai']) {
    it(`refuses --jobs ${bad} before building anything`, () => {
      const r = spawnSync(
        process.execPath,
        [resolve('bin/cchc.mjs'), 'build-all', '--communes', 'tests/fixtures/province-minh-hoa/communes', '--out', '/nonexistent/out', '--jobs', bad],
        { encoding: 'utf8', env: buildEnv() },
      );
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`Số xã dựng cùng lúc "${bad}" không đúng`);
    });
  }
});

describe('builds side by side', () => {
  it('run together when the output lies within the working folder', () => {
    expect(buildsCanShare('/repo/dist', '/repo')).toBe(true);
    expect(buildsCanShare('/repo/.cache/builds/dist', '/repo')).toBe(true);
    expect(buildsCanShare('/repo', '/repo')).toBe(true);
  });

  it('run one at a time when it lies elsewhere, where Astro would share one .astro/.prerender/ between them', () => {
    expect(buildsCanShare('/tmp/dist', '/repo')).toBe(false);
    expect(buildsCanShare('/', '/repo')).toBe(false);
    expect(buildsCanShare('/repo-other/dist', '/repo')).toBe(false);
  });
});

describe('turns at the project’s .astro/ folder', () => {
  it('are taken one at a time, in the order asked for, and leaving twice is harmless', async () => {
    const gate = turns();
    const order: string[] = [];
    const take = async (name: string, ms: number) => {
      const leave = await gate.enter();
      order.push(`${name} in`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`${name} out`);
      leave();
      leave();
    };
    await Promise.all([take('a', 20), take('b', 5), take('c', 1)]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
  });
});
