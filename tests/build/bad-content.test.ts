/**
 * Bad content through the real build: it must stop with a Vietnamese message
 * naming file, field, found and expected, and leave the last good site alone.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommune } from '../support/build.ts';
import { brokenCommune, FAULTS } from '../support/broken-commune.ts';

const work = join(tmpdir(), `cchc-bad-build-${process.pid}`);
const out = join(work, 'dist');
const GOOD = '<!doctype html><title>bản đang chạy</title>';

beforeAll(() => {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), GOOD);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with bad content', () => {
  it.each(FAULTS.filter((f) => !['a missing image file', 'a plan year twice'].includes(f.name)))(
    'stops on $name and keeps the published site',
    ({ edits, file, field, says }) => {
      const dir = brokenCommune(...edits);
      try {
        const { status, output } = buildCommune(dir, out);
        expect(status).not.toBe(0);
        expect(output).toContain('LỖI');
        expect(output).toContain(file.split('/').pop());
        if (field) expect(output).toContain(`Trường: ${field}`);
        for (const words of says) expect(output).toContain(words);
        expect(output).toContain('Dừng dựng trang');
        expect(output, 'no English stack trace after the Vietnamese report').not.toMatch(/Stack trace|Location:|^\s+at /m);
        expect(output, 'no English line of Astro around the report').not.toContain('An unhandled error occurred');
        expect(output).toContain('được giữ nguyên');
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(GOOD);
        expect(
          readdirSync(work).filter((f) => f.startsWith('.dist-')),
          'no staging folder left behind',
        ).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('replaces the published site only when the build succeeds', () => {
    const { status } = buildCommune('tests/fixtures/lien-minh-2022', out);
    expect(status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toBe(GOOD);
    expect(existsSync(join(out, 'pagefind'))).toBe(true);
  });
});
