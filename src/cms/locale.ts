/**
 * The CMS interface translation /admin/ serves as locales/vi.json: Sveltia's
 * own Vietnamese, with the strings it lacks supplied by the project
 * (src/i18n/cms-interface.ts). Its locale files are nested objects of
 * strings; keys here are their dotted paths.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsInterfaceVi } from '../i18n/cms-interface.ts';

export type LocaleTree = { [key: string]: string | LocaleTree };

/** Every string of a locale file, by dotted path. */
export function flattenLocale(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flattenLocale(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The CMS's Vietnamese with `extra` (dotted paths) written over it; the CMS's file is not changed. */
export function mergeLocale(base: LocaleTree, extra: Readonly<Record<string, string>>): LocaleTree {
  const out: LocaleTree = structuredClone(base);
  for (const [path, text] of Object.entries(extra)) {
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object') node[key] = {};
      node = node[key] as LocaleTree;
    }
    node[keys.at(-1)!] = text;
  }
  return out;
}

/**
 * Strings the same in every language: names and units. Anything else left
 * as in English is a string the clerk would see untranslated.
 */
const SAME_IN_VIETNAMESE: ReadonlySet<string> = new Set(['Video', 'MIDI', 'JavaScript', 'URL', '{$size} KB', '{$size} MB', '{$size} GB', '{$size} TB']);

/** Keys of the English locale with no Vietnamese string, or one still in English, in `served`. */
export function untranslatedKeys(english: LocaleTree, served: LocaleTree): string[] {
  const vi = flattenLocale(served);
  return [...flattenLocale(english)]
    .filter(([key, text]) => {
      const own = vi.get(key);
      return !own?.trim() || (own === text && !SAME_IN_VIETNAMESE.has(text));
    })
    .map(([key]) => key);
}

const readLocale = (root: string, name: string): LocaleTree => JSON.parse(readFileSync(join(root, 'locales', `${name}.json`), 'utf8'));

/** The installed CMS's English locale, the one its strings are written in. */
export const englishLocale = (cmsRoot: string): LocaleTree => readLocale(cmsRoot, 'en-US');

/** locales/vi.json as /admin/ serves it. */
export function servedVietnamese(cmsRoot: string): LocaleTree {
  return mergeLocale(readLocale(cmsRoot, 'vi'), cmsInterfaceVi);
}
