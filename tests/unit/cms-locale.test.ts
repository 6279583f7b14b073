/**
 * The CMS interface the clerk reads is Vietnamese: every string of the
 * installed Sveltia CMS's English locale has a Vietnamese one in the
 * locales/vi.json that /admin/ serves (its own, with src/i18n/cms-interface.ts
 * merged in). A CMS upgrade that adds strings fails here, naming them.
 */
import { describe, expect, it } from 'vitest';
import { englishLocale, flattenLocale, mergeLocale, servedVietnamese, untranslatedKeys } from '../../src/cms/locale.ts';
import { cmsInterfaceVi } from '../../src/i18n/cms-interface.ts';
import { sveltiaRoot } from '../../src/integrations/admin.ts';

const root = sveltiaRoot();

describe('the CMS interface in Vietnamese', () => {
  it('has a Vietnamese string for every key of the installed CMS\u2019s English locale', () => {
    expect(untranslatedKeys(englishLocale(root), servedVietnamese(root))).toEqual([]);
  });

  it('supplies only keys the CMS has, with no placeholder the English lacks', () => {
    const english = flattenLocale(englishLocale(root));
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\$\w+/g)].map((m) => m[0]))].sort();
    for (const [key, text] of Object.entries(cmsInterfaceVi)) {
      expect(english.has(key), key).toBe(true);
      const own = placeholders(english.get(key)!);
      // Only the content's language ({$locale}) may be left out, on a one-language portal.
      expect(placeholders(text), key).toEqual(own.filter((p) => p !== '{$locale' || text.includes(p)));
      expect(text.startsWith('.input'), key).toBe(english.get(key)!.startsWith('.input'));
    }
  });

  it('catches a string the CMS\u2019s Vietnamese lacks, and one left in English (planted faults)', () => {
    const english = { save: 'Save', show_errors: 'Show Errors', units: { kb: '{$size} KB' }, fork: 'Fork' };
    const vietnamese = { save: 'Lưu', units: { kb: '{$size} KB' }, fork: 'Fork' };
    expect(untranslatedKeys(english, vietnamese)).toEqual(['show_errors', 'fork']);
    expect(untranslatedKeys(english, mergeLocale(vietnamese, { show_errors: 'Xem lỗi', fork: 'Tạo bản sao' }))).toEqual([]);
    // The CMS's own file is left as it was.
    expect(vietnamese).toEqual({ save: 'Lưu', units: { kb: '{$size} KB' }, fork: 'Fork' });
  });

  it('answers the error toast in Vietnamese', () => {
    expect(flattenLocale(servedVietnamese(root)).get('show_errors')).toBe('Xem lỗi');
  });
});
