/**
 * Wording follows the unit's kind: one small site of each kind (xã, phường,
 * đặc khu of 2026, and a historic thị xã whose plan names the town as its own
 * district) is built, and every page's text, the report CSV and JSON, the
 * JSON-LD and the share images' words are scanned for the wrong kind before
 * a name, a name written twice and a district the site does not have.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { shareUi } from '../../src/i18n/vi.ts';
import { shareTextOf } from '../../src/lib/share-image.ts';
import { parseYaml } from '../../src/readers/front-matter.ts';
import { siteSchema, type Site } from '../../src/schemas/site.ts';
import { BUILDS, buildCommune } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';
import { FIXTURE_TODAY, FIXTURES } from '../support/fixtures.ts';
import { jsonLdText, visibleText, wordingProblems } from '../support/kind-wording.ts';

const KINDS = [
  { key: 'xa', content: FIXTURES.kindXa, year: 2026, today: FIXTURE_TODAY.kindXa },
  { key: 'phuong', content: FIXTURES.kindPhuong, year: 2026, today: FIXTURE_TODAY.kindPhuong },
  { key: 'dac-khu', content: FIXTURES.kindDacKhu, year: 2026, today: FIXTURE_TODAY.kindDacKhu },
  { key: 'thi-xa', content: FIXTURES.kindThiXa, year: 2024, today: undefined },
] as const;

interface Kind {
  key: string;
  site: Site;
  built: BuiltSite;
  year: number;
}

const siteOf = (content: string): Site => siteSchema.parse(parseYaml(readFileSync(resolve(content, 'site.yaml'), 'utf8')).data);

const reportDir = (year: number) => `/ke-hoach/${year}/bao-cao/quy-1/`;
const csvRows = (k: Kind) => parseCsv(readFileSync(k.built.fileFor(`${reportDir(k.year)}bao-cao.csv`)), { bom: true, columns: true }) as Record<string, string>[];

describe('wording by the unit’s kind', () => {
  const kinds: Kind[] = [];

  beforeAll(() => {
    // One after another: each build takes both cores.
    for (const { key, content, year, today } of KINDS) {
      const out = resolve(BUILDS, `kind-${key}`);
      const result = buildCommune(content, out, today ? { CCHC_TODAY: today } : {});
      if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.output}`);
      kinds.push({ key, site: siteOf(content), built: new BuiltSite(out), year });
    }
  }, 600_000);

  it('the scanner bites: a wrong kind, a name twice, a district the site has no, the placeholder', () => {
    const town = siteOf(FIXTURES.kindThiXa);
    const ward = siteOf(FIXTURES.kindPhuong);
    expect(wordingProblems('Ủy ban nhân dân thị xã Kiến Tường, tỉnh Long An', town)).toEqual([]);
    expect(wordingProblems('Theo kế hoạch, xã Kiến Tường công khai', town).join()).toContain('gọi là "xã", đúng là "thị xã"');
    expect(wordingProblems('thị xã Kiến Tường, thị xã Kiến Tường, tỉnh Long An', town)).toHaveLength(1);
    expect(wordingProblems('Kiến Tường, Kiến Tường', town)).toHaveLength(1);
    expect(wordingProblems('phường Hồng Minh, huyện Minh Sơn, tỉnh Minh Họa', ward)).toEqual([]); // a former unit's district
    expect(wordingProblems('phường Hồng Minh, huyện Hồng Minh, tỉnh Minh Họa', ward).join()).toContain('huyện hồng minh');
    expect(wordingProblems('Điểm số của phường Hồng Minh, của huyện và của tỉnh', ward)).toHaveLength(1);
    expect(wordingProblems('huyện (bản gốc không ghi tên), tỉnh Minh Họa', ward)).toHaveLength(1);
    expect(wordingProblems('Hình thành từ phường Hồng Hà, xã Minh Lộc, thị trấn Đông Minh (huyện Minh Sơn)', ward)).toEqual([]);
    expect(wordingProblems('Hình thành từ xã Hồng Hà', ward).join()).toContain('"Hồng Hà" gọi là "xã", đúng là "phường"');
    expect(wordingProblems('Theo kế hoạch cải cách hành chính, xã công khai các hồ sơ', ward)).toHaveLength(1);
    expect(wordingProblems('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ward)).toEqual([]);
    expect(wordingProblems('ỦY BAN NHÂN DÂN XÃ HỒNG MINH', ward)).toHaveLength(1);
    expect(wordingProblems('liên kết mở kênh góp ý của xã với địa chỉ trang', town)).toHaveLength(1);
    expect(wordingProblems('Cấp xã: phường Hồng Minh. Thị xã, xã hội, (xã, tỉnh), xã, phường, xã Minh Lộc', ward)).toEqual([]);
  });

  it('every page, the JSON-LD, the report files and the share images name each unit with its own kind, once', () => {
    for (const k of kinds) {
      const problems: string[] = [];
      const scan = (where: string, text: string) => problems.push(...wordingProblems(text, k.site).map((p) => `${k.key} ${where}: ${p}`));
      const pages = k.built.pages().filter((p) => !p.startsWith('/admin/'));
      expect(pages.length, k.key).toBeGreaterThan(20);
      for (const path of pages) {
        const html = k.built.html(path);
        scan(path, visibleText(html));
        scan(`${path} JSON-LD`, jsonLdText(html));
      }
      scan(
        'CSV',
        csvRows(k)
          .map((row) => Object.values(row).join(', '))
          .join('\n'),
      );
      scan('JSON', readFileSync(k.built.fileFor(`${reportDir(k.year)}bao-cao.json`), 'utf8'));
      const news = k.built.page('/tin-tuc/trien-khai-ke-hoach/').querySelector('h1')!.text;
      for (const text of [shareTextOf(k.site, k.site.agency, shareUi.siteKicker), shareTextOf(k.site, news, shareUi.kicker)])
        scan('share image', Object.values(text).join('\n'));
      expect(problems).toEqual([]);
    }
  });

  it('the report names the unit once, a real district only, and who receives it', () => {
    for (const k of kinds) {
      const unit = `${k.site.kind} ${k.site.name}`;
      const receiver = `Sở Nội vụ ${k.site.province}`;
      for (const row of csvRows(k)) {
        expect(row['Đơn vị'], k.key).toBe(`Ủy ban nhân dân ${unit}`);
        expect(row['Huyện'], `${k.key}: no district, and never the unit itself`).toBe('');
        expect(row['Tỉnh']).toBe(k.site.province);
        expect(row['Nơi nhận báo cáo']).toBe(receiver);
      }
      const json = JSON.parse(readFileSync(k.built.fileFor(`${reportDir(k.year)}bao-cao.json`), 'utf8')) as { commune: Record<string, unknown> };
      expect(json.commune).toMatchObject({ unit, province: k.site.province, reportsTo: receiver });
      expect(json.commune.district).toBeUndefined();
      const facts = k.built
        .page(reportDir(k.year))
        .querySelectorAll('.facts div')
        .map((d) => d.text);
      expect(facts).toContain(`Đơn vị báo cáoỦy ban nhân dân ${unit}, ${k.site.province}`);
      expect(facts).toContain(`Nơi nhận báo cáo${receiver}`);
    }
  });

  it('the contact page shows the service center with a tap-to-call number and the former units with their kinds; the site map names them too', () => {
    for (const k of kinds) {
      const contact = k.built.page('/lien-he/');
      const sitemap = k.built.page('/so-do-trang/');
      const center = contact.querySelector('.service-center');
      if (!k.site.serviceCenter) {
        expect(center, k.key).toBeNull();
        expect(contact.querySelector('.former-units')).toBeNull();
        continue;
      }
      expect(center!.querySelector('h2')!.text).toBe(k.site.serviceCenter.name);
      expect(center!.text).toContain(k.site.serviceCenter.address);
      expect(center!.text).toContain(k.site.officeHours); // no hours of its own: the office's
      expect(center!.querySelector('a[href^="tel:"]')!.getAttribute('href')).toBe(`tel:${k.site.serviceCenter.phone.replace(/\s/g, '')}`);
      expect(center!.querySelector(`a[href="${k.site.serviceCenter.mapUrl}"]`)).not.toBeNull();
      expect(center!.querySelectorAll('iframe, img, script')).toHaveLength(0);
      for (const page of [contact, sitemap]) {
        const former = page.querySelector('.former-units')!.text;
        expect(former).toMatch(/^Hình thành từ .* \(đến 30\/06\/2025\)\.$/);
        for (const u of k.site.formerUnits) expect(former, k.key).toContain(`${u.kind} ${u.name}`);
      }
    }
  });
});
