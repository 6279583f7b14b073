/**
 * The generator's settings, read from the environment in this one module.
 *
 * Every CCHC_* variable is read here and nowhere else; the rest of the code
 * takes the values as arguments (a command passes its flags the same way).
 * Astro builds in the same process as astro.config.mjs and the pages, so the
 * environment is the only way a command can hand a setting to `astro build`:
 * `settingsEnv` writes a child process's environment from settings, and the
 * child reads it back with `readSettings`. No module writes process.env.
 */
import { resolve } from 'node:path';
import { settingsErrors } from '../i18n/vi.ts';
import { parseCalendarDate, type IsoDate } from '../lib/dates.ts';

export interface Settings {
  /** The commune's content folder, absolute (default ./content). */
  contentDir: string;
  /** The site's origin, overriding site.yaml's `url` (a pipeline's Pages address). Validated with the site. */
  siteUrl: string | undefined;
  /** The base path, overriding site.yaml's `base` (a Pages project site, a district's /<slug>/). */
  base: string | undefined;
  /** "Today" pinned for tests and for rebuilding a past report; unset: the date in Asia/Ho_Chi_Minh. */
  today: IsoDate | undefined;
  /** 'separate': the build indexes for search in a process of its own, after Astro (src/build/atomic.ts). */
  searchIndex: 'inline' | 'separate';
  /** A district's communes, communes/<slug>/content (default ./communes). */
  communesDir: string;
  /**
   * The province folder of a province repository, when it is not found by
   * itself: src/build/province.ts provinceOf() detects <root>/province beside
   * <root>/communes/<slug>/content; this names another.
   */
  provinceDir: string | undefined;
  /** Build even when nothing changed since the last build. */
  forceBuild: boolean;
  /**
   * Build the provincial hub (`cchc build-hub`): contentDir is then the
   * province folder, and the site is the hub's pages (src/routes-hub/).
   */
  hub: boolean;
  /**
   * The hub's file of each commune's board rows, read and written back by
   * its build (src/data/hub-boards.ts), so a build after one commune's change
   * reads that commune's content again, not every commune's.
   */
  hubRows: string | undefined;
  /**
   * What every page of a build may read outside the content folder (the
   * generator, these settings, today, the province's files) as one digest:
   * set by `cchc build` for Astro's incremental build (src/data/page-keys.ts).
   * Unset, no page is taken from the last build.
   */
  buildKey: string | undefined;
}

/** The environment variable of each setting. */
export const SETTINGS_ENV = {
  contentDir: 'CCHC_CONTENT_DIR',
  siteUrl: 'CCHC_SITE_URL',
  base: 'CCHC_BASE',
  today: 'CCHC_TODAY',
  searchIndex: 'CCHC_SEARCH_INDEX',
  communesDir: 'CCHC_COMMUNES_DIR',
  provinceDir: 'CCHC_PROVINCE_DIR',
  forceBuild: 'CCHC_FORCE_BUILD',
  hub: 'CCHC_HUB',
  hubRows: 'CCHC_HUB_ROWS',
  buildKey: 'CCHC_BUILD_KEY',
} as const satisfies Record<keyof Settings, `CCHC_${string}`>;

type Environment = Readonly<Record<string, string | undefined>>;

/** An unset or empty variable means the default. */
function value(env: Environment, key: keyof Settings): string | undefined {
  const raw = env[SETTINGS_ENV[key]]?.trim();
  return raw ? raw : undefined;
}

/** A pinned "today" (CCHC_TODAY, or a command's --today): 2024-06-30; throws a Vietnamese message otherwise. */
export function pinnedToday(raw: string | undefined): IsoDate | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseCalendarDate(raw);
  if (!parsed) throw new Error(settingsErrors.today(raw));
  return parsed;
}

/** The settings of this process (or of `env`), folders resolved against `cwd`. Throws a Vietnamese message on a bad value. */
export function readSettings(env: Environment = process.env, cwd = process.cwd()): Settings {
  return {
    contentDir: resolve(cwd, value(env, 'contentDir') ?? 'content'),
    siteUrl: value(env, 'siteUrl'),
    base: value(env, 'base'),
    today: pinnedToday(value(env, 'today')),
    searchIndex: value(env, 'searchIndex') === 'separate' ? 'separate' : 'inline',
    communesDir: resolve(cwd, value(env, 'communesDir') ?? 'communes'),
    provinceDir: value(env, 'provinceDir') === undefined ? undefined : resolve(cwd, value(env, 'provinceDir')!),
    forceBuild: value(env, 'forceBuild') === '1',
    hub: value(env, 'hub') === '1',
    hubRows: value(env, 'hubRows') === undefined ? undefined : resolve(cwd, value(env, 'hubRows')!),
    buildKey: value(env, 'buildKey'),
  };
}

let fixed: Settings | undefined;

/**
 * The settings of this process, read once. Pages and the data modules ask
 * for them thousands of times a build, inside `astro build`, whose
 * environment never changes; each read asks the environment for every
 * variable. Commands and tests read readSettings().
 */
export function processSettings(): Settings {
  fixed ??= readSettings();
  return fixed;
}

/** The CCHC_* variables that give a child process these settings (unset ones left out). */
export function settingsEnv(settings: Partial<Settings>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, name] of Object.entries(SETTINGS_ENV) as [keyof Settings, string][]) {
    const v = settings[key];
    if (v === undefined || v === false || (key === 'searchIndex' && v === 'inline')) continue;
    env[name] = v === true ? '1' : String(v);
  }
  return env;
}

/**
 * The environment of a child process: this one's, minus every CCHC_* variable,
 * plus `settings` serialised. The child sees exactly the settings it is given.
 */
export function childEnv(settings: Partial<Settings>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CCHC_')));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra, ...settingsEnv(settings) };
}
