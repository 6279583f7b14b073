/**
 * The province's published list at the scale of 2026 (issue 14): 470
 * commune-level procedures in tests/fixtures/import/danh-muc-tinh-2026.xlsx,
 * imported into a temporary copy of an empty commune. tests/build/province-list.test.ts
 * checks the import step by step; other tests take the imported commune whole.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv } from './build.ts';

export const PROVINCE_LIST = {
  sheet: 'tests/fixtures/import/danh-muc-tinh-2026.xlsx',
  /** The empty commune the list is imported into. */
  commune: 'tests/fixtures/import/xa-minh-hoa-2026',
  /** A day of the commune's plan year, for `check`, `import` and `build`. */
  today: '2026-01-05',
} as const;

/** A temporary copy of the empty commune, to import into; `remove` deletes it. */
export function communeCopy(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-danh-muc-'));
  cpSync(PROVINCE_LIST.commune, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The commune with the province's list imported, ready to build. */
export function importedProvinceList(): { dir: string; remove: () => void } {
  const copy = communeCopy();
  const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'import', PROVINCE_LIST.sheet, '--content', copy.dir], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_TODAY: PROVINCE_LIST.today }),
  });
  if (run.status !== 0) throw new Error(`import of the province list failed:\n${run.stdout}\n${run.stderr}`);
  return copy;
}
