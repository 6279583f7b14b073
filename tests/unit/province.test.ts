/**
 * The province repository's pure parts (src/build/province.ts): finding the
 * province, the procedures a commune publishes (its own replacing the shared
 * one of the same code), the fingerprint over the shared files, the notes
 * applied to where to file, validation of the notes and of province/site.yaml
 * with planted faults, and what `init --province` writes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFingerprint } from '../../src/build/fingerprint.ts';
import { detectProvince, provinceCommunes, provinceOf, sharedInputs } from '../../src/build/province.ts';
import { procedureFiles, procedureGlob } from '../../src/build/province-procedures.ts';
import { communeFiles, provinceData, provinceRepoFiles, type InitAnswers } from '../../src/init/site-files.ts';
import { filingDesk } from '../../src/lib/procedures.ts';
import { procedureNotesSchema } from '../../src/schemas/procedure-note.ts';
import { provinceSchema } from '../../src/schemas/province.ts';
import { readSettings } from '../../src/settings/settings.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const FIXTURE = resolve('tests/fixtures/province-minh-hoa');
const content = (root: string, slug: string) => join(root, 'communes', slug, 'content');
const work = mkdtempSync(join(tmpdir(), 'cchc-province-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fixture to plant faults in. */
function copy(name: string): string {
  const root = join(work, name);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

describe('the province of a commune', () => {
  it('is found beside communes/<slug>/content, and not for a commune on its own', () => {
    expect(detectProvince(content(FIXTURE, 'xa-an-phu'))).toBe(join(FIXTURE, 'province'));
    expect(detectProvince(resolve('tests/fixtures/hoa-an-2026'))).toBeUndefined();
    // A district's repository (communes/ without province/site.yaml) is not a province.
    expect(detectProvince(join(work, 'huyen', 'communes', 'xa-a', 'content'))).toBeUndefined();
    // An explicit setting wins.
    expect(provinceOf({ contentDir: resolve('tests/fixtures/hoa-an-2026'), provinceDir: '/srv/tinh/province' })).toBe('/srv/tinh/province');
    expect(provinceCommunes(join(FIXTURE, 'province'))).toEqual(['phuong-dong-tien', 'phuong-hoa-lac', 'xa-an-phu', 'xa-lac-son', 'xa-tan-hung']);
  });
});

describe('the procedures a commune publishes', () => {
  const province = join(FIXTURE, 'province');
  it('are the province’s, with a file of the commune replacing the shared one of the same code', () => {
    const plain = procedureFiles(content(FIXTURE, 'xa-lac-son'), province);
    expect(plain.own).toEqual([]);
    expect(plain.shared).toHaveLength(20);
    const own = procedureFiles(content(FIXTURE, 'xa-tan-hung'), province);
    expect(own.own.map((f) => basename(f))).toEqual(['dang-ky-khai-sinh.md']);
    expect(own.replaced).toEqual([join(province, 'procedures', 'dang-ky-khai-sinh.md')]);
    expect(own.shared).toHaveLength(19);
  });

  it('replace a shared file whose code YAML spells otherwise: escaped, or quoted across lines', () => {
    const root = copy('spelled');
    const shared = join(root, 'province', 'procedures', 'dang-ky-khai-sinh.md');
    const own = join(content(root, 'xa-tan-hung'), 'procedures', 'dang-ky-khai-sinh.md');
    const codeLine = (text: string) => text.match(/^code: .*$/m)![0];
    const ownText = readFileSync(own, 'utf8');
    const code = JSON.parse(codeLine(ownText).slice('code: '.length)) as string;
    const spelled = [...code].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    writeFileSync(shared, readFileSync(shared, 'utf8').replace(codeLine(readFileSync(shared, 'utf8')), `code: "${spelled}"`));
    expect(procedureFiles(content(root, 'xa-tan-hung'), join(root, 'province')).replaced).toEqual([shared]);
    // A code of other characters, folded over two lines in the shared file and quoted with a doubled quote in the commune's.
    writeFileSync(own, ownText.replace(codeLine(ownText), `code: 'KS ''01'' X'`));
    writeFileSync(shared, readFileSync(shared, 'utf8').replace(/^code: .*$/m, `code: 'KS ''01''\n  X'`));
    expect(procedureFiles(content(root, 'xa-tan-hung'), join(root, 'province')).replaced).toEqual([shared]);
  });

  it('are read by Astro’s loader from both folders, less the replaced files', () => {
    expect(procedureGlob(content(FIXTURE, 'xa-tan-hung'), province)).toEqual({
      base: FIXTURE,
      pattern: ['communes/xa-tan-hung/content/procedures/**/[^_]*.md', 'province/procedures/**/[^_]*.md', '!province/procedures/dang-ky-khai-sinh.md'],
    });
  });

  it('are a commune’s own alone outside a province', () => {
    expect(procedureFiles(resolve('tests/fixtures/hoa-an-2026'), undefined).shared).toEqual([]);
  });
});

describe('the fingerprint of a commune in a province', () => {
  const root = copy('fingerprint');
  const settings = (slug: string) => ({ ...readSettings({}, root), contentDir: content(root, slug), base: `/${slug}/` });
  const fingerprint = (slug: string) => buildFingerprint({ settings: settings(slug), args: [] });
  it('covers the shared procedures and province/site.yaml, not the other communes', () => {
    expect(sharedInputs(join(root, 'province'))).toHaveLength(21); // site.yaml and the 20 procedures; province/news/ is the hub's, not a commune's
    const before = { a: fingerprint('xa-an-phu'), b: fingerprint('xa-lac-son') };
    writeFileSync(join(content(root, 'xa-lac-son'), 'news', 'tin-1.md'), 'changed');
    expect(fingerprint('xa-an-phu')).toBe(before.a);
    expect(fingerprint('xa-lac-son')).not.toBe(before.b);
    const middle = fingerprint('xa-an-phu');
    writeFileSync(join(root, 'province', 'procedures', 'dang-ky-ket-hon.md'), 'changed');
    expect(fingerprint('xa-an-phu')).not.toBe(middle);
  });
});

describe('the fingerprints of one build-all run', () => {
  const root = copy('fingerprint-shared');
  const settings = (slug: string) => ({ ...readSettings({}, root), contentDir: content(root, slug), base: `/${slug}/` });
  const fingerprint = (slug: string, shared?: Map<string, string>) => buildFingerprint({ settings: settings(slug), args: [], shared });

  it('hash the shared parts once and come out as they would alone, each commune its own', () => {
    const shared = new Map<string, string>();
    const a = fingerprint('xa-an-phu', shared);
    expect([...shared.keys()].map((k) => k.split('\0')[0])).toEqual(['generator', 'province']);
    const b = fingerprint('xa-lac-son', shared);
    expect(shared.size).toBe(2);
    expect(a).toBe(fingerprint('xa-an-phu'));
    expect(b).toBe(fingerprint('xa-lac-son'));
    expect(a).not.toBe(b);
  });

  it('see a shared file changed since the last run: each run keeps its own digests', () => {
    const before = fingerprint('xa-an-phu', new Map());
    writeFileSync(join(root, 'province', 'procedures', 'dang-ky-ket-hon.md'), 'changed');
    expect(fingerprint('xa-an-phu', new Map())).not.toBe(before);
  });
});

describe('validation in a province', () => {
  it('checks the shared procedures with the commune’s and accepts the fixture', async () => {
    const { findings, entries } = await validateContent(content(FIXTURE, 'xa-an-phu'), { projectRoot: FIXTURE, today: '2026-06-30' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(entries.filter((e) => e.collection === 'procedures')).toHaveLength(20);
    expect(entries.some((e) => e.file === 'province/procedures/dang-ky-ket-hon.md')).toBe(true);
  });

  it('names the file, field and code of a note on a procedure the commune does not publish (planted)', async () => {
    const root = copy('bad-note');
    writeFileSync(join(content(root, 'xa-an-phu'), 'procedure-notes.yaml'), '"1.001193":\n  note: Đúng mã.\n"1.999999":\n  hours: Sáng thứ Hai\n');
    const { findings } = await validateContent(content(root, 'xa-an-phu'), { projectRoot: root, today: '2026-06-30' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'communes/xa-an-phu/content/procedure-notes.yaml', line: 4, field: '1.999999', found: '1.999999' }),
    ]);
  });

  it('refuses a note with an unknown field, and a province/site.yaml without the province’s kind (planted)', async () => {
    const root = copy('bad-province');
    writeFileSync(join(content(root, 'xa-an-phu'), 'procedure-notes.yaml'), '"1.001193":\n  gio: Sáng thứ Hai\n');
    writeFileSync(join(root, 'province', 'site.yaml'), 'name: Minh Họa\n');
    const { findings } = await validateContent(content(root, 'xa-an-phu'), { projectRoot: root, today: '2026-06-30' });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.some((f) => f.file === 'province/site.yaml' && f.field === 'name')).toBe(true);
    expect(errors.some((f) => f.file === 'province/site.yaml' && f.field === 'homeAffairs')).toBe(true);
    expect(errors.some((f) => f.file === 'communes/xa-an-phu/content/procedure-notes.yaml' && String(f.field).startsWith('1.001193'))).toBe(true);
  });

  it('needs province/site.yaml when the province is named by the settings', async () => {
    const { findings } = await validateContent(content(FIXTURE, 'xa-an-phu'), { projectRoot: FIXTURE, today: '2026-06-30', provinceDir: join(work, 'khong-co') });
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', file: expect.stringContaining('khong-co/site.yaml') }));
  });
});

describe('a note on where to file', () => {
  const site = {
    agency: 'Ủy ban nhân dân xã A',
    address: 'Trụ sở',
    officeHours: 'Giờ hành chính',
    phone: '0200 000 000',
    serviceCenter: { name: 'Trung tâm', address: 'Số 1', hours: 'Sáng', phone: '0200 000 123', mapUrl: 'https://example.org/ban-do' },
  };
  it('replaces the place, address and hours it names, and drops the center’s map with its address', () => {
    expect(filingDesk(site, procedureNotesSchema.parse({ '1.001193': { hours: 'Thứ Bảy' } })['1.001193'])).toEqual({
      name: 'Trung tâm',
      address: 'Số 1',
      hours: 'Thứ Bảy',
      phone: '0200 000 123',
      mapUrl: 'https://example.org/ban-do',
    });
    expect(filingDesk(site, { place: 'Điểm tiếp nhận', address: 'Thôn B' })).toMatchObject({
      name: 'Điểm tiếp nhận',
      address: 'Thôn B',
      hours: 'Sáng',
      mapUrl: undefined,
    });
    expect(filingDesk(site)).toEqual(filingDesk(site, undefined));
  });

  it('must say something', () => {
    expect(procedureNotesSchema.safeParse({ '1.001193': {} }).success).toBe(false);
    expect(procedureNotesSchema.safeParse({ '1001193': { note: 'x' } }).success).toBe(false);
  });
});

describe('init --province', () => {
  const answers = {
    province: 'tỉnh Minh Họa',
    url: 'https://cchc.minhhoa.example.org/',
    hotline: '0209 3 700 115',
    email: 'snv@example.org',
    homeAffairsAddress: 'Số 10',
  };
  it('writes a province whose identity passes its schema, empty shared folders and no commune', () => {
    expect(provinceSchema.safeParse(provinceData(answers)).success).toBe(true);
    expect(provinceSchema.safeParse(provinceData({ ...answers, province: 'Minh Họa' })).success).toBe(false);
    const paths = provinceRepoFiles('tinh-minh-hoa', answers, {}).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'province/site.yaml',
        'province/procedures/.gitkeep',
        'province/news/.gitkeep',
        'province/documents/.gitkeep',
        'communes/.gitkeep',
        'README.md',
        'astro.config.mjs',
        'package.json',
      ]),
    );
    const readme = provinceRepoFiles('tinh-minh-hoa', answers, {}).find((f) => f.path === 'README.md')!.text;
    expect(readme).toContain('tỉnh Minh Họa');
    expect(readme).toContain('--content province');
  });

  it('adds a commune as its content folder alone', () => {
    const commune = { name: 'An Phú', kind: 'xã', province: 'tỉnh Minh Họa', url: 'https://cchc.minhhoa.example.org/xa-an-phu/' } as InitAnswers;
    const paths = communeFiles(
      'xa-an-phu',
      { ...commune, centerAddress: 'Số 1', hotline: '0209 3 711 123', email: 'a@example.org', responsible: 'A', git: 'gitlab', repo: 'tinh/cchc' },
      { today: '2026-06-30' },
    ).map((f) => f.path);
    expect(paths).toContain('communes/xa-an-phu/content/site.yaml');
    expect(paths.every((p) => p.startsWith('communes/xa-an-phu/content/'))).toBe(true);
  });
});
