/**
 * What a clerk reads when the site is built: Vietnamese only, apart from
 * Astro's own progress lines (tests/support/english.ts says why they stay).
 * Three real builds: a fixture commune with a planted warning, the demo's copy, and a new site
 * made by `cchc init` whose content folders hold only the examples (_vi-du.md),
 * which Astro would announce, in English, as empty collections.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommune, buildEnv } from '../support/build.ts';
import { englishLines } from '../support/english.ts';
import { FIXTURE_TODAY, FIXTURES } from '../support/fixtures.ts';

const made: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the English detector', () => {
  it('catches an English notice and lets Vietnamese, paths and Astro’s progress through', () => {
    expect(englishLines('The collection "news" does not exist or is empty.')).toHaveLength(1);
    expect(englishLines('[WARN] [vite] Some chunks are larger than 500 kB after minification.')).toHaveLength(1);
    expect(englishLines('CẢNH BÁO  news/tin.md:3\n  Trường: date\n[cchc-admin] Trang biên tập /admin/: 56 ms')).toEqual([]);
    expect(englishLines('08:47:44 [build] 100 page(s) built in 2.69s\n  ├─ /tin-tuc/index.html (+2ms)')).toEqual([]);
  });
});

describe('build output', () => {
  it('of a commune with a warning is Vietnamese, the warning under its heading', () => {
    const dir = temp('cchc-quiet-');
    cpSync(FIXTURES.hoaAn, dir, { recursive: true });
    writeFileSync(
      join(dir, 'news/tin-ngay-mai.md'),
      '---\ntitle: Tin đăng trước\ndate: 2026-12-01\nsummary: Một tin ghi ngày sau hôm nay.\ntopics: [Chuyển đổi số]\n---\n\nNội dung tin.\n',
    );
    const { status, output } = buildCommune(dir, join(dir, '..', `${dir.split('/').pop()}-dist`), { CCHC_TODAY: FIXTURE_TODAY.hoaAn! });
    made.push(join(dir, '..', `${dir.split('/').pop()}-dist`));
    expect(status, output).toBe(0);
    expect(output).toContain('1 cảnh báo, theo tệp');
    expect(output).toMatch(/news\/tin-ngay-mai\.md: 1 cảnh báo/);
    expect(englishLines(output), output).toEqual([]);
  });

  it('of the demo (its copy under tests/fixtures/) is Vietnamese', () => {
    const out = temp('cchc-quiet-demo-');
    const { status, output } = buildCommune(FIXTURES.bangCa, out);
    expect(status, output).toBe(0);
    expect(englishLines(output), output).toEqual([]);
  });

  it('of a new site made by `cchc init` says nothing in English about its empty collections', () => {
    const site = join(temp('cchc-init-'), 'trang');
    const init = spawnSync(
      process.execPath,
      [
        resolve('bin/cchc.mjs'),
        'init',
        site,
        '--ten',
        'Hòa An',
        '--loai',
        'phường',
        '--tinh',
        'Cao Bằng',
        '--dia-chi-trung-tam',
        'Số 1 đường Hòa An',
        '--duong-day-nong',
        '0206 3852 123',
        '--email',
        'vanphong@hoaan.example.vn',
        '--nguoi-phu-trach',
        'Nguyễn Văn A',
        '--dia-chi-trang',
        'https://hoaan.example.vn',
        // GitLab without an application ID: init writes the placeholder, which check refuses but the build does not.
        '--git',
        'gitlab',
        '--kho',
        'ubnd-hoaan/cong-cchc',
        '--goi',
        resolve('.'),
      ],
      { encoding: 'utf8', env: buildEnv(), input: '' },
    );
    expect(init.status, init.stderr).toBe(0);
    expect(englishLines(`${init.stdout}\n${init.stderr}`)).toEqual([]);
    const out = `${site}-dist`;
    const { status, output } = buildCommune(join(site, 'content'), out);
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/does not exist or is empty/);
    expect(englishLines(output), output).toEqual([]);
  });
});
