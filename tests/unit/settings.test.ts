/**
 * The settings module is the one reader of the CCHC_* environment: each
 * variable is read there, a child process gets its settings through
 * settingsEnv, and no other file reads or writes them (the guard below,
 * with a planted read to show it can fail).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, readSettings, SETTINGS_ENV, settingsEnv, type Settings } from '../../src/settings/settings.ts';

describe('readSettings', () => {
  it('has a default for every setting', () => {
    expect(readSettings({}, '/site')).toEqual({
      contentDir: '/site/content',
      siteUrl: undefined,
      base: undefined,
      today: undefined,
      searchIndex: 'inline',
      communesDir: '/site/communes',
      provinceDir: undefined,
      forceBuild: false,
      hub: false,
      hubRows: undefined,
      buildKey: undefined,
    } satisfies Settings);
  });

  it('reads each CCHC_* variable', () => {
    const env = {
      CCHC_CONTENT_DIR: 'communes/xa-a/content',
      CCHC_SITE_URL: 'https://owner.github.io',
      CCHC_BASE: '/repo/',
      CCHC_TODAY: '2024-06-30',
      CCHC_SEARCH_INDEX: 'separate',
      CCHC_COMMUNES_DIR: '/srv/communes',
      CCHC_PROVINCE_DIR: 'tinh',
      CCHC_FORCE_BUILD: '1',
      CCHC_HUB: '1',
      CCHC_HUB_ROWS: 'dist/.hub-rows.json',
      CCHC_BUILD_KEY: 'a1b2c3',
    };
    expect(Object.keys(env).sort()).toEqual(Object.values(SETTINGS_ENV).sort());
    expect(readSettings(env, '/site')).toEqual({
      contentDir: '/site/communes/xa-a/content',
      siteUrl: 'https://owner.github.io',
      base: '/repo/',
      today: '2024-06-30',
      searchIndex: 'separate',
      communesDir: '/srv/communes',
      provinceDir: '/site/tinh',
      forceBuild: true,
      hub: true,
      hubRows: '/site/dist/.hub-rows.json',
      buildKey: 'a1b2c3',
    } satisfies Settings);
  });

  it('treats an empty variable as unset, and says in Vietnamese when a date is not one', () => {
    expect(readSettings({ CCHC_BASE: '', CCHC_TODAY: ' ' }, '/site')).toMatchObject({ base: undefined, today: undefined });
    expect(() => readSettings({ CCHC_TODAY: '31/02/2024' })).toThrow('CCHC_TODAY="31/02/2024" không phải ngày hợp lệ');
  });
});

describe('settingsEnv', () => {
  it('gives a child process exactly the settings it serialises', () => {
    const settings: Settings = { ...readSettings({}, '/site'), base: '/xa-a/', today: '2024-06-30', searchIndex: 'separate', forceBuild: true };
    expect(readSettings(settingsEnv(settings), '/elsewhere')).toEqual(settings);
    expect(settingsEnv({ searchIndex: 'inline', forceBuild: false, base: undefined })).toEqual({});
  });

  it('does not let the parent’s CCHC_* variables through to a child', () => {
    const before = process.env.CCHC_BASE;
    process.env.CCHC_BASE = '/from-the-parent/';
    try {
      expect(childEnv({ today: '2024-06-30' })).toMatchObject({ CCHC_TODAY: '2024-06-30', ASTRO_TELEMETRY_DISABLED: '1' });
      expect(childEnv({})).not.toHaveProperty('CCHC_BASE');
    } finally {
      if (before === undefined) delete process.env.CCHC_BASE;
      else process.env.CCHC_BASE = before;
    }
  });
});

/** Reads of a CCHC_* variable, and writes to process.env, in a file's text. */
function environmentUse(text: string): string[] {
  const reads = text.match(/(?:\.|\[\s*['"`])CCHC_[A-Z_]+/g) ?? [];
  const writes = text.match(/process\.env(?:\.\w+|\[[^\]]+\])\s*=(?!=)|Object\.assign\(\s*process\.env|delete process\.env/g) ?? [];
  return [...reads, ...writes];
}

const CODE = /\.(ts|mts|mjs|js|astro)$/;
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && CODE.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the settings module is the only reader of the environment', () => {
  it('the guard finds a planted read and a planted write', () => {
    expect(environmentUse("const dir = process.env.CCHC_CONTENT_DIR ?? 'content';")).toEqual(['.CCHC_CONTENT_DIR']);
    expect(environmentUse("if (env['CCHC_BASE']) x();")).toEqual(["['CCHC_BASE"]);
    expect(environmentUse('process.env.CCHC_TODAY = values.today;')).toHaveLength(2);
    expect(environmentUse("process.env['X'] = '1';")).toHaveLength(1);
    expect(environmentUse("if (process.env.X === '1') y(); // messages may name CCHC_TODAY=2024-06-30")).toEqual([]);
  });

  it('no file under src/, scripts/ or bin/ but src/settings reads CCHC_* or writes process.env', () => {
    const files = [...['src', 'scripts', 'bin'].flatMap((d) => codeFiles(d)), 'astro.config.mjs'].filter((f) => !resolve(f).startsWith(resolve('src/settings')));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => environmentUse(readFileSync(f, 'utf8')).map((use) => `${f}: ${use}`));
    expect(found).toEqual([]);
  });
});
