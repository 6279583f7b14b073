/**
 * The hub's board keeps each commune's rows between builds
 * (src/data/hub-boards.ts): a commune is read again only when its content,
 * the province folder, the day, the settings or the generator changed. The
 * kept figures are planted with a wrong value, so a test sees which communes
 * were read again and which were taken as kept. Reading them, the province's
 * shared files are parsed once for all communes (validateContent's
 * sharedReads), with the same findings as read afresh.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provinceCommunes } from '../../src/build/province.ts';
import { hubBoards } from '../../src/data/hub-boards.ts';
import type { Board } from '../../src/lib/board.ts';
import { messages } from '../../src/i18n/validation.ts';
import { periodCode } from '../../src/lib/progress.ts';
import { type SharedReads, validateContent } from '../../src/validation/validate-content.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-hub-rows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(resolve('tests/fixtures/province-minh-hoa'), work, { recursive: true });
const province = join(work, 'province');
const rowsFile = join(work, 'rows.json');
const CHANGED = 'xa-an-phu';
const UNCHANGED = 'phuong-dong-tien';

type Kept = Record<string, { key: string; rows: Record<string, { tasks: number | null }> }>;
const readKept = () => JSON.parse(readFileSync(rowsFile, 'utf8')) as Kept;
const tasksOf = (boards: Board[], slug: string) => boards.map((b) => b.rows.find((r) => r.slug === slug)?.tasks);

/** Every kept row of `slugs` says 999 tasks. */
function plant(slugs: string[]): void {
  const kept = readKept();
  for (const slug of slugs) for (const row of Object.values(kept[slug]!.rows)) row.tasks = 999;
  writeFileSync(rowsFile, JSON.stringify(kept));
}

describe('the hub board’s kept rows', () => {
  it('are the rows it computes, for every commune, by period', async () => {
    const fresh = await hubBoards(province, undefined);
    expect(fresh.length).toBeGreaterThan(0);
    expect(await hubBoards(province, rowsFile)).toEqual(fresh);
    const kept = readKept();
    expect(Object.keys(kept).sort()).toEqual(provinceCommunes(province).sort());
    const withPlan = Object.values(kept).find((c) => Object.keys(c.rows).length > 0)!;
    expect(Object.keys(withPlan.rows)).toContain(periodCode(fresh[0]!.period));
  });

  it('are taken as kept for an unchanged commune, and read again for one whose content changed', async () => {
    const fresh = await hubBoards(province, undefined);
    plant([CHANGED, UNCHANGED]);
    const news = join(work, 'communes', CHANGED, 'content', 'news');
    appendFileSync(join(news, readdirSync(news)[0]!), '\nMột dòng thêm.\n');
    const boards = await hubBoards(province, rowsFile);
    expect(tasksOf(boards, CHANGED)).toEqual(tasksOf(fresh, CHANGED));
    expect(tasksOf(boards, UNCHANGED).filter((n) => n !== undefined)).toEqual(tasksOf(fresh, UNCHANGED).map(() => 999));
  });

  it('are all read again when the province folder changed', async () => {
    const fresh = await hubBoards(province, undefined);
    plant(provinceCommunes(province));
    appendFileSync(join(province, 'site.yaml'), '\n# sửa\n');
    expect(await hubBoards(province, rowsFile)).toEqual(fresh);
  });

  it('are read again from the content when the file is not JSON', async () => {
    const fresh = await hubBoards(province, undefined);
    writeFileSync(rowsFile, '{ không phải JSON');
    expect(await hubBoards(province, rowsFile)).toEqual(fresh);
  });
});

describe('validation with the shared files read once (sharedReads)', () => {
  const options = { provinceDir: province, today: '2026-07-15' as const };

  it('finds for each commune what it finds reading them afresh', async () => {
    const sharedReads: SharedReads = new Map();
    for (const slug of provinceCommunes(province)) {
      const dir = join(work, 'communes', slug, 'content');
      const afresh = await validateContent(dir, options);
      const shared = await validateContent(dir, { ...options, sharedReads });
      expect(shared.findings, slug).toEqual(afresh.findings);
      expect(shared.entries.map((e) => [e.collection, e.slug, e.data])).toEqual(afresh.entries.map((e) => [e.collection, e.slug, e.data]));
    }
    expect([...sharedReads.keys()].every((path) => path.startsWith(join(province, 'procedures')))).toBe(true);
    expect(sharedReads.size).toBe(readdirSync(join(province, 'procedures')).length);
  });

  it('reads a shared file again when its text changed', async () => {
    const sharedReads: SharedReads = new Map();
    const dir = join(work, 'communes', UNCHANGED, 'content');
    await validateContent(dir, { ...options, sharedReads });
    const name = readdirSync(join(province, 'procedures'))[0]!;
    const path = join(province, 'procedures', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^name: .*$/m, 'name: [không đóng'));
    const { findings } = await validateContent(dir, { ...options, sharedReads });
    expect(findings.filter((f) => f.file.endsWith(name)).map((f) => f.expected)).toContain(messages.yamlSyntax);
  });
});
