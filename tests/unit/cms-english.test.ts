/**
 * No English reaches the clerk in the CMS: neither in the interface
 * translation /admin/ serves (the CMS's Vietnamese with the project's
 * additions) nor in the labels, hints, descriptions, options and messages of
 * the generated config and the admin page.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { englishLocale, flattenLocale, servedVietnamese } from '../../src/cms/locale.ts';
import { loadSite } from '../../src/data/site.ts';
import { adminUi } from '../../src/i18n/cms.ts';
import { sveltiaRoot } from '../../src/integrations/admin.ts';
import { englishIn, vocabulary } from '../support/english.ts';
import { FIXTURES } from '../support/fixtures.ts';

const root = sveltiaRoot();
const english = vocabulary(flattenLocale(englishLocale(root)).values());

/** Config keys whose values the clerk reads. */
const SHOWN = new Set(['app_title', 'label', 'label_singular', 'description', 'hint', 'placeholder']);

/** Every string of the config the clerk reads, with where it is. */
function shownStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) {
    // A pattern is [regex, message]: the message is shown.
    if (path.endsWith('.pattern') && typeof value[1] === 'string') out.push([path, value[1]]);
    else for (const [i, v] of value.entries()) shownStrings(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && SHOWN.has(key)) out.push([`${path}.${key}`, v]);
      else shownStrings(v, `${path}.${key}`, out);
    }
  }
  return out;
}

describe('English in what the clerk reads in the CMS', () => {
  it('finds none in the interface translation /admin/ serves', () => {
    const found = [...flattenLocale(servedVietnamese(root))].flatMap(([key, text]) => englishIn(text, english).map((w) => `${key}: ${w}`));
    expect(found).toEqual([]);
  });

  it('finds none in the config\u2019s labels, hints and messages, nor in the admin page\u2019s own words', () => {
    for (const fixture of [FIXTURES.bangCa, FIXTURES.hoaAn]) {
      const config = cmsConfig({ site: loadSite(resolve(fixture)), contentDir: resolve(fixture), env: {} });
      const strings = shownStrings(config, '');
      expect(strings.length).toBeGreaterThan(200);
      expect(strings.flatMap(([where, text]) => englishIn(text, english).map((w) => `${where}: ${w}`))).toEqual([]);
    }
    const own = Object.values(adminUi).map((v) => (typeof v === 'function' ? v('xã Bằng Cả', 'logo.png') : v));
    expect(own.flatMap((text) => englishIn(text, english))).toEqual([]);
  });

  it('catches an English string left in either (planted faults)', () => {
    expect(englishIn('Xem lỗi', english)).toEqual([]);
    expect(englishIn('Show Errors', english)).toEqual(['Show', 'Errors']);
    expect(englishIn('Ảnh stock cho {$count :integer} bài, `slug` GitHub PDF', english)).toEqual(['stock']);
  });
});
