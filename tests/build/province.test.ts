/**
 * A province repository (tests/fixtures/province-minh-hoa): five communes
 * built with `cchc build-all`, each publishing the province's shared
 * procedures as its own with its own service center and its local notes,
 * nothing copied into the communes; then the builds that skip: no change
 * skips every commune, a change to one commune rebuilds only it, a change to
 * a shared procedure rebuilds them all, and a broken commune fails loudly,
 * named, keeping its last good site while the others publish. Between the
 * first builds and the rebuilds, `cchc build-hub` builds the provincial hub
 * at the output's root: its progress board must give each commune's own
 * report figures (read from the JSON the commune's build wrote), in the page,
 * the CSV and the XLSX; its search must find each commune's news, name the
 * commune of each result, and narrow to one commune; its pages must pass
 * axe. The hub too is skipped when nothing it shows changed, and rebuilt
 * when a commune's file changed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { hubUi } from '../../src/i18n/hub.ts';
import { HUB_RECENT } from '../../src/lib/search.ts';
import { AXE_TAGS } from '../../src/verify/axe.ts';
import { launchBrowser } from '../../src/verify/browser.ts';
import { serve } from '../../src/server/static.ts';
import { BUILDS, buildEnv } from '../support/build.ts';
import { BuiltSite } from '../support/dist.ts';

const work = mkdtempSync(join(tmpdir(), 'cchc-province-'));
// Within the repository, so build-all may build two communes at once (src/build/jobs.ts, buildsCanShare).
const out = join(BUILDS, `province-${process.pid}`);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});
const repo = join(work, 'tinh');
cpSync('tests/fixtures/province-minh-hoa', repo, { recursive: true });
const communes = join(repo, 'communes');
const ALL_COVERS = 'tests/fixtures/bang-ca-2024/news/images';
/**
 * Each commune's first news item gets a cover photo of its own: Astro lists
 * a build's images in the project's one .astro/content-assets.mjs, which two
 * communes built at once would each overwrite with theirs (src/build/atomic.ts).
 */
const covers = readdirSync(ALL_COVERS).filter((f) => f.endsWith('.jpg'));
function giveCovers() {
  for (const [i, slug] of ALL.entries()) {
    const news = join(communes, slug, 'content', 'news');
    mkdirSync(join(news, 'images'), { recursive: true });
    cpSync(join(ALL_COVERS, covers[i]!), join(news, 'images', covers[i]!));
    const file = join(news, 'tin-1.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\ncover:\n  src: ./images/${covers[i]}\n  alt: Ảnh minh họa của xã.\n`));
  }
}
const ALL = ['phuong-dong-tien', 'phuong-hoa-lac', 'xa-an-phu', 'xa-lac-son', 'xa-tan-hung'];
giveCovers();

/**
 * `cchc build-all` of the province's communes, on a day of their plans' year,
 * two at once (--jobs 2): each commune checked below was built beside
 * another, and the broken one fails while the others build.
 */
function buildAll() {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build-all', '--jobs', '2', '--communes', communes, '--out', out], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_TODAY: '2026-06-30' }),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** `cchc build-hub` of the province, on the same day. */
function buildHub(into = out, ...flags: string[]) {
  const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build-hub', '--communes', communes, '--out', into, ...flags], {
    encoding: 'utf8',
    env: buildEnv({ CCHC_TODAY: '2026-06-30' }),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** The communes a build-all's table says were built, and those it skipped. */
function verdicts(output: string) {
  const rows = [...output.matchAll(/^([a-z0-9-]+)\t(xong|bỏ qua \(không đổi\)|LỖI)\t/gm)];
  const where = (verdict: string) => rows.filter((r) => r[2] === verdict).map((r) => r[1]);
  return { built: where('xong'), skipped: where('bỏ qua (không đổi)'), failed: where('LỖI') };
}

const site = (slug: string) => new BuiltSite(join(out, slug), `/${slug}/`);
const text = (slug: string, path: string) => site(slug).page(`/${slug}${path}`).textContent ?? '';

describe('a province repository', () => {
  it('lists its communes for a CI matrix', () => {
    const r = spawnSync(process.execPath, [resolve('bin/cchc.mjs'), 'build-all', '--communes', communes, '--list'], { encoding: 'utf8', env: buildEnv() });
    expect(JSON.parse(r.stdout)).toEqual(ALL);
  });

  it('builds every commune, each showing the shared procedures with its own service center and its notes', () => {
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(output).not.toContain('lần lượt từng xã một');
    expect(verdicts(output)).toEqual({ built: ALL, skipped: [], failed: [] });
    // Built two at once, each commune shows its own cover photo, optimised.
    for (const [i, slug] of ALL.entries()) {
      const img = site(slug).page(`/${slug}/tin-tuc/tin-1/`).querySelector('main img');
      expect(img?.getAttribute('src'), slug).toMatch(new RegExp(`^/${slug}/_astro/${covers[i]!.replace(/\.jpg$/, '')}\\.`));
    }
    const shared = readdirSync(join(repo, 'province', 'procedures')).map((f) => f.replace(/\.md$/, ''));
    expect(shared).toHaveLength(20);
    for (const slug of ALL) {
      // Every shared procedure has its page, printed notice and share card in every commune.
      for (const id of shared) {
        expect(site(slug).has(`/${slug}/thu-tuc-hanh-chinh/${id}/`), `${slug} ${id}`).toBe(true);
        expect(existsSync(join(out, slug, 'thu-tuc-hanh-chinh', id, 'ban-in', 'index.html')), `${slug} ${id} notice`).toBe(true);
        expect(existsSync(join(out, slug, 'thu-tuc-hanh-chinh', id, 'anh-chia-se.png')), `${slug} ${id} share card`).toBe(true);
      }
      const name = (readFileSync(join(communes, slug, 'content', 'site.yaml'), 'utf8').match(/^name: (.*)$/m) ?? [])[1];
      const kind = slug.startsWith('xa-') ? 'xã' : 'phường';
      // Where to file: this commune's own service center, on a shared procedure's page.
      expect(text(slug, '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).toContain(`Trung tâm Phục vụ hành chính công ${kind} ${name}`);
      expect(text(slug, '/thu-tuc-hanh-chinh/')).toContain('Đăng ký kết hôn');
      // The procedures' nothing copied: a commune's folder holds only what it wrote.
      const own = join(communes, slug, 'content', 'procedures');
      expect(existsSync(own) ? readdirSync(own) : []).toEqual(slug === 'xa-tan-hung' ? ['dang-ky-khai-sinh.md'] : []);
    }
    // The search index holds the shared procedures of each commune.
    for (const slug of ALL) expect(existsSync(join(out, slug, 'pagefind', 'pagefind-entry.json')), slug).toBe(true);
  });

  it('applies a commune’s notes to its own pages only', () => {
    const khaiSinh = text('xa-an-phu', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/');
    expect(khaiSinh).toContain('Điểm tiếp nhận tại trụ sở xã Phú Lộc cũ');
    expect(khaiSinh).toContain('Thôn Phú Lộc, xã An Phú');
    expect(khaiSinh).toContain('Người dân thôn Phú Lộc có thể nộp tại điểm tiếp nhận gần nhà.');
    expect(readFileSync(join(out, 'xa-an-phu', 'thu-tuc-hanh-chinh', 'dang-ky-khai-sinh', 'ban-in', 'index.html'), 'utf8')).toContain(
      'Điểm tiếp nhận tại trụ sở xã Phú Lộc cũ',
    );
    expect(text('xa-an-phu', '/thu-tuc-hanh-chinh/chung-thuc-ban-sao-tu-ban-chinh-giay-to-van-ban-do-co-quan-co-tham-quyen-cua-vie/')).toContain(
      'Xã An Phú miễn lệ phí cho người thuộc hộ nghèo',
    );
    // Other procedures of the same commune, and the same procedure elsewhere, file at the service center.
    expect(text('xa-an-phu', '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).not.toContain('Phú Lộc cũ');
    expect(text('xa-lac-son', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).not.toContain('Phú Lộc');
    expect(text('phuong-dong-tien', '/thu-tuc-hanh-chinh/dang-ky-khai-tu/')).toContain('Phường Đông Tiến nhận hồ sơ đăng ký khai tử cả sáng thứ Bảy.');
    // A commune's own file with a shared code replaces the shared one on its site only.
    expect(text('xa-tan-hung', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).toContain('Hướng dẫn riêng của xã Tân Hưng');
    expect(text('xa-lac-son', '/thu-tuc-hanh-chinh/dang-ky-khai-sinh/')).not.toContain('Hướng dẫn riêng');
  });

  describe('the provincial hub', () => {
    const hubPage = (path: string) => new BuiltSite(out, '/').page(path);
    /** Each commune's own report of quý II 2026, as its build published it. */
    const ownReport = (slug: string) => JSON.parse(readFileSync(join(out, slug, 'ke-hoach', '2026', 'bao-cao', 'quy-2', 'bao-cao.json'), 'utf8'));
    const STATUS_COLUMNS = ['done', 'on-track', 'behind', 'overdue'] as const;
    /** What the board must say of a commune: its report's own figures, and whether its narrative is written. */
    const expected = (slug: string) => {
      const report = ownReport(slug);
      return [report.tasks.length, ...STATUS_COLUMNS.map((s) => report.summary[s])];
    };
    const NARRATIVE = { 'phuong-dong-tien': true, 'phuong-hoa-lac': false, 'xa-an-phu': true, 'xa-lac-son': false, 'xa-tan-hung': true } as Record<string, boolean>;

    it('builds at the output root, beside the communes, which it leaves as they are', () => {
      const before = readFileSync(join(out, 'xa-an-phu', 'index.html'), 'utf8');
      const r = buildHub();
      expect(r.status, r.output).toBe(0);
      expect(readFileSync(join(out, 'xa-an-phu', 'index.html'), 'utf8')).toBe(before);
      const home = hubPage('/');
      expect(home.querySelector('html')?.getAttribute('lang')).toBe('vi');
      // Every commune listed with its kind, its former units and its service center, linking to its site.
      for (const slug of ALL) {
        const row = home.querySelector(`tr[data-commune="${slug}"]`);
        expect(row?.querySelector('a')?.getAttribute('href'), slug).toBe(`/${slug}/`);
        expect(row?.textContent).toMatch(slug.startsWith('xa-') ? /xã / : /phường /);
        expect(row?.textContent).toContain('Trung tâm Phục vụ hành chính công');
      }
      expect(home.querySelector('tr[data-commune="xa-an-phu"]')?.textContent).toContain('Phú Lộc');
      expect(home.textContent).toContain('Sở Nội vụ hướng dẫn các xã, phường báo cáo');
      // The province's procedures, each linking to its page in every commune.
      expect(hubPage('/thu-tuc-hanh-chinh/').textContent).toContain('Đăng ký kết hôn');
      const procedure = hubPage('/thu-tuc-hanh-chinh/dang-ky-ket-hon/');
      expect(procedure.querySelectorAll('.commune-links a').map((a) => a.getAttribute('href'))).toEqual(ALL.map((s) => `/${s}/thu-tuc-hanh-chinh/dang-ky-ket-hon/`));
      // No script on a content page: only the search page has one.
      expect(readFileSync(join(out, 'bang-theo-doi', '2026', 'quy-2', 'index.html'), 'utf8')).not.toContain('<script type="module"');
    });

    it('shows each commune’s quý II progress as its own report gives it, each row linking to that report', () => {
      const board = hubPage('/bang-theo-doi/2026/quy-2/');
      const rows = ALL.map((slug) => board.querySelector(`tr[data-commune="${slug}"]`)!);
      const figures = rows.map((row) => ['tasks', ...STATUS_COLUMNS].map((c) => Number(row.querySelector(`td[data-col="${c}"]`)?.textContent)));
      expect(figures).toEqual(ALL.map(expected));
      // The fixture's communes are not all alike: the board tells them apart.
      expect(new Set(figures.map(String)).size).toBeGreaterThanOrEqual(3);
      for (const [i, slug] of ALL.entries()) {
        expect(rows[i]!.querySelector('th a')?.getAttribute('href')).toBe(`/${slug}/ke-hoach/2026/bao-cao/quy-2/`);
        expect(rows[i]!.querySelector('td[data-col="narrative"]')?.textContent).toBe(NARRATIVE[slug] ? 'Đã có' : 'Chưa có');
        expect(site(slug).has(`/${slug}/ke-hoach/2026/bao-cao/quy-2/`)).toBe(true);
      }
      // Behind on the news quota: a news-target task of the commune's report behind or overdue.
      const newsBehind = ALL.filter((slug) =>
        ownReport(slug).tasks.some((t: { target: { of: string } | null; status: string }) => t.target?.of === 'news' && ['behind', 'overdue'].includes(t.status)),
      );
      expect(newsBehind.length).toBeGreaterThan(0);
      const attention = (id: string) =>
        board
          .querySelector(`#${id}`)
          ?.parentNode?.querySelectorAll('li')
          .map((li) => li.textContent) ?? [];
      const unitOf = (slug: string) => rows[ALL.indexOf(slug)]!.querySelector('th a')?.textContent;
      expect(attention('cham-tin-bai')).toEqual(newsBehind.map(unitOf));
      expect(attention('chua-thuyet-minh')).toEqual(ALL.filter((s) => !NARRATIVE[s]).map(unitOf));
    });

    it('gives the same figures in its CSV and XLSX', async () => {
      const csv = readFileSync(join(out, 'bang-theo-doi', '2026', 'quy-2', 'bang-theo-doi.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const csvRows = csv
        .slice(1)
        .trim()
        .split('\r\n')
        .map((line) => line.split(','));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(out, 'bang-theo-doi', '2026', 'quy-2', 'bang-theo-doi.xlsx'));
      const sheet = workbook.worksheets[0]!;
      for (const [i, slug] of ALL.entries()) {
        const fromCsv = csvRows.find((r) => r[1] === slug)!;
        expect(fromCsv.slice(3, 8).map(Number), slug).toEqual(expected(slug));
        const row = sheet.getRow(i + 2);
        expect(row.getCell(2).value).toBe(slug);
        // Figures are numbers in the workbook, not text.
        expect(
          [3, 4, 5, 6, 7].map((c) => row.getCell(c + 1).value),
          slug,
        ).toEqual(expected(slug));
        expect(row.getCell(12).value).toBe(`https://minhhoa.example.org/${slug}/ke-hoach/2026/bao-cao/quy-2/`);
      }
    });

    it('says the province-wide search holds each commune’s newest dated pages, not on a commune’s own', () => {
      expect(hubPage('/tim-kiem/').querySelector('.search-recent')?.textContent).toBe(hubUi.searchRecent(HUB_RECENT));
      expect(hubPage('/tim-kiem/xa-an-phu/').querySelector('.search-recent')).toBeNull();
    });

    it('finds each commune’s news in one search, narrows to one commune, and passes axe', async () => {
      const server = await serve(out, '/');
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
        const results = async (path: string, query: string) => {
          await page.goto(`${server.origin}${path}?q=${encodeURIComponent(query)}`);
          await page.waitForFunction((q) => (document.getElementById('trang-thai-tim-kiem')?.textContent ?? '').includes(q), query, { timeout: 15_000 });
          return page.$$eval('#danh-sach-ket-qua > li h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
        };
        const WORDS: Record<string, [string, string]> = {
          'xa-an-phu': ['mứt gừng', 'hoi-cho-mut-gung'],
          'xa-lac-son': ['sáo trúc', 'lop-sao-truc'],
          'xa-tan-hung': ['chiếu cói', 'lang-chieu-coi'],
          'phuong-hoa-lac': ['gốm sứ', 'xuong-gom-su'],
          'phuong-dong-tien': ['lụa tơ tằm', 'hop-tac-xa-lua-to-tam'],
        };
        /** The line of facts under a result's title, which names the commune it is from. */
        const factsOf = (href: string) => page.$eval(`#danh-sach-ket-qua > li:has(h3 a[href="${href}"]) .meta`, (p) => p.textContent ?? '').catch(() => '');
        const unitOf = (slug: string) =>
          `${slug.startsWith('xa-') ? 'xã' : 'phường'} ${(readFileSync(join(communes, slug, 'content', 'site.yaml'), 'utf8').match(/^name: (.*)$/m) ?? [])[1]}`;
        for (const [slug, [words, id]] of Object.entries(WORDS)) {
          const news = `/${slug}/tin-tuc/${id}/`;
          expect(await results('/tim-kiem/', words), words).toContain(news);
          expect(await factsOf(news), news).toContain(`Trang của ${unitOf(slug)}`);
        }
        // The province's own pages are no commune's.
        expect(await results('/tim-kiem/', 'đăng ký kết hôn')).toContain('/thu-tuc-hanh-chinh/dang-ky-ket-hon/');
        expect(await factsOf('/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).not.toContain('Trang của');
        // A word every commune's pages have: across the province many communes answer; narrowed, only the one chosen.
        const all = await results('/tim-kiem/', 'một cửa');
        expect(new Set(all.map((h) => h.split('/')[1]).filter((s) => ALL.includes(s!))).size).toBeGreaterThan(1);
        const narrowed = await results('/tim-kiem/xa-lac-son/', 'một cửa');
        expect(narrowed.length).toBeGreaterThan(0);
        expect(
          narrowed.every((h) => h.startsWith('/xa-lac-son/')),
          narrowed.join(' '),
        ).toBe(true);
        for (const href of narrowed) expect(await factsOf(href), href).toContain(`Trang của ${unitOf('xa-lac-son')}`);
        expect(await results('/tim-kiem/xa-lac-son/', 'mứt gừng')).not.toContain('/xa-an-phu/tin-tuc/hoi-cho-mut-gung/');
        for (const path of ['/', '/bang-theo-doi/2026/quy-2/', '/tim-kiem/', '/thu-tuc-hanh-chinh/dang-ky-ket-hon/']) {
          await page.goto(`${server.origin}${path}`);
          const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
          expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      } finally {
        await browser.close();
        await server.close();
      }
    });

    it('is kept as it is when nothing it shows changed', () => {
      const home = statSync(join(out, 'index.html'));
      const r = buildHub();
      expect(r.status, r.output).toBe(0);
      expect(r.output).toContain('Trang chung của tỉnh không đổi từ lần dựng trước');
      expect(r.output).not.toContain('Đã dựng trang chung');
      const after = statSync(join(out, 'index.html'));
      expect([after.ino, after.mtimeMs]).toEqual([home.ino, home.mtimeMs]);
    });

    it('is rebuilt when a commune’s file changed, though the commune was not rebuilt, and shows the change', () => {
      // xã Lạc Sơn writes its narrative for quý II: the board reads it from the commune's content.
      const narrative = join(communes, 'xa-lac-son', 'content', 'reports', '2026-quy-2.md');
      mkdirSync(join(narrative, '..'), { recursive: true });
      cpSync(join(communes, 'xa-an-phu', 'content', 'reports', '2026-quy-2.md'), narrative);
      /** The key each commune's board rows are kept under, in the hub's output (src/data/hub-boards.ts). */
      const rowKeys = () =>
        Object.fromEntries(
          Object.entries(JSON.parse(readFileSync(join(out, '.cchc-hub-rows.json'), 'utf8')) as Record<string, { key: string }>).map(([slug, c]) => [slug, c.key]),
        );
      const before = rowKeys();
      try {
        const r = buildHub();
        expect(r.status, r.output).toBe(0);
        expect(r.output).not.toContain('không đổi từ lần dựng trước');
        expect(r.output).toContain('Đã dựng trang chung của tỉnh');
        expect(hubPage('/bang-theo-doi/2026/quy-2/').querySelector('tr[data-commune="xa-lac-son"] td[data-col="narrative"]')?.textContent).toBe('Đã có');
        // Only the commune that changed was read again.
        const after = rowKeys();
        expect(Object.keys(after).filter((slug) => after[slug] !== before[slug])).toEqual(['xa-lac-son']);
      } finally {
        // The commune's content back as its build saw it, for the commune builds that follow.
        rmSync(join(narrative, '..'), { recursive: true, force: true });
      }
    });
  });

  describe('the provincial hub in a CI job that assembles the communes afresh (--last-good)', () => {
    const saved = join(work, 'hub-last-good');
    /** What a deploy job downloads: the communes' built folders only, new files. */
    const assembled = (name: string) => {
      const tree = join(BUILDS, `province-${process.pid}-${name}`);
      for (const slug of ALL) cpSync(join(out, slug), join(tree, slug), { recursive: true });
      return tree;
    };
    afterAll(() => {
      for (const name of ['unchanged', 'broken']) rmSync(join(BUILDS, `province-${process.pid}-${name}`), { recursive: true, force: true });
    });

    it('keeps a copy of the good hub, and skips building it again over communes that did not change', () => {
      const first = buildHub(out, '--last-good', saved);
      expect(first.status, first.output).toBe(0);
      // With the board's kept rows, so the next job reads only the communes that changed.
      expect(readdirSync(saved)).toEqual(expect.arrayContaining(['index.html', '.cchc-hub-rows.json']));
      const tree = assembled('unchanged');
      const r = buildHub(tree, '--last-good', saved);
      expect(r.status, r.output).toBe(0);
      expect(r.output).toContain('Trang chung của tỉnh không đổi từ lần dựng trước');
      expect(readFileSync(join(tree, 'index.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
      expect(readdirSync(join(tree, 'bang-theo-doi')).length).toBeGreaterThan(0);
    });

    it('keeps the last good hub when the hub cannot be built, and names the failure', () => {
      const provinceSite = join(repo, 'province', 'site.yaml');
      const good = readFileSync(provinceSite, 'utf8');
      writeFileSync(provinceSite, good.replace(/^url: .*$/m, 'url: javascript:alert(1)'));
      try {
        const tree = assembled('broken');
        const r = buildHub(tree, '--last-good', saved);
        expect(r.status, r.output).toBe(1);
        expect(r.output).toContain('Không dựng được trang chung của tỉnh. Bản đang có được giữ nguyên.');
        expect(readFileSync(join(tree, 'index.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
        // The copy kept apart is still the good one.
        expect(readFileSync(join(saved, 'index.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
      } finally {
        writeFileSync(provinceSite, good);
      }
    });
  });

  it('skips every commune when nothing changed', () => {
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(verdicts(output)).toEqual({ built: [], skipped: ALL, failed: [] });
    expect(output).toContain('Bỏ qua 5 xã không đổi');
  });

  it('rebuilds only the commune that changed', () => {
    appendFileSync(join(communes, 'xa-lac-son', 'content', 'news', 'tin-1.md'), '\nMột câu thêm vào sau.\n');
    const { status, output } = buildAll();
    expect(status, output).toBe(0);
    expect(verdicts(output)).toEqual({ built: ['xa-lac-son'], skipped: ALL.filter((s) => s !== 'xa-lac-son'), failed: [] });
  });

  it('rebuilds every commune when a shared procedure changes, and a broken commune keeps its last good site, named, while the others publish', () => {
    const shared = join(repo, 'province', 'procedures', 'dang-ky-ket-hon.md');
    writeFileSync(shared, `${readFileSync(shared, 'utf8')}\nHướng dẫn chung của tỉnh, sửa lần hai.\n`);
    const notes = join(communes, 'phuong-hoa-lac', 'content', 'procedure-notes.yaml');
    writeFileSync(notes, '"1.999999":\n  note: Một mã không có trong danh mục.\n');
    const before = readFileSync(join(out, 'phuong-hoa-lac', 'index.html'), 'utf8');
    const { status, output } = buildAll();
    expect(status).toBe(1);
    expect(verdicts(output)).toEqual({ built: ALL.filter((s) => s !== 'phuong-hoa-lac'), skipped: [], failed: ['phuong-hoa-lac'] });
    expect(output).toContain('LỖI: 1 xã không dựng được: phuong-hoa-lac.');
    // The note's error names the file, the field and what was found.
    expect(output).toContain('communes/phuong-hoa-lac/content/procedure-notes.yaml');
    expect(output).toMatch(/Trường: 1\.999999/);
    expect(readFileSync(join(out, 'phuong-hoa-lac', 'index.html'), 'utf8')).toBe(before);
    for (const slug of ALL.filter((s) => s !== 'phuong-hoa-lac')) expect(text(slug, '/thu-tuc-hanh-chinh/dang-ky-ket-hon/')).toContain('sửa lần hai');
    expect(readdirSync(out).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });
});
