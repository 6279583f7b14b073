/**
 * The bad-input corpus (tests/corpus/cases.ts) through the real build.
 *
 * - Every case check accepts (honest texts, and attacks it lets through as
 *   harmless) is applied to ONE copy of the fixture and built once; the
 *   published files are then searched for anything executable, any redirect
 *   or form, anything from another host (the policy, requests and links gates
 *   of `cchc verify`, plus the Markdown allowlist on each article's body),
 *   and for the marker of the files planted outside the content folder.
 * - Every case check refuses is built too, many to a copy (tests/corpus/groups.ts),
 *   into the folder holding that good build: the build must stop with exactly
 *   the errors check reports, and leave the published folder byte for byte.
 *   The equality is structural (the build's first step, src/integrations/cchc.ts,
 *   is the validateContent that check runs), and these builds hold it for real.
 *
 * Left out of the builds, and why: cases with files in public/ (the build's
 * public/ is the project's own; check covers them with a project folder of
 * their own), the performance cases (they time check; 9 MB of text would
 * only slow the build), and the known failures (tests/corpus/known-failures.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation-report.ts';
import { checkLinks } from '../../src/verify/links.ts';
import { checkPolicy } from '../../src/verify/policy.ts';
import { checkRequests } from '../../src/verify/requests.ts';
import { loadSite, readSiteAddress } from '../../src/verify/site.ts';
import { articleFile, CORPUS, type CorpusCase } from '../corpus/cases.ts';
import { corpusCommune } from '../corpus/commune.ts';
import { disjointGroups } from '../corpus/groups.ts';
import { KNOWN_BUILD_FAILURES, KNOWN_FAILURES } from '../corpus/known-failures.ts';
import { MARKER, plantOutside } from '../corpus/outside.ts';
import { verdictOf } from '../corpus/verdict.ts';
import { buildCommune } from '../support/build.ts';
import { harmful } from '../support/harmful-html.ts';
import { errorBlocks } from '../support/report-blocks.ts';
import { isOwnScript } from '../support/own-scripts.ts';

const buildable = CORPUS.filter((c) => !KNOWN_FAILURES[c.id] && !c.publicFiles && c.area !== 'performance');
const published = buildable.filter((c) => c.expect.outcome !== 'refused');
const refused = buildable.filter((c) => c.expect.outcome === 'refused');

const work = mkdtempSync(join(tmpdir(), 'cchc-corpus-build-'));
const out = join(work, 'dist');
const cleanups: (() => void)[] = [];
beforeAll(plantOutside);
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Every file of a folder with the hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => join(e.parentPath, e.name)).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

const PASSWD = /root:x?:?0:0/;
const describeProblem = (p: { code: string; page: string; target?: string; detail?: string }) => `${p.page}: ${p.code} ${p.target ?? ''} ${p.detail ?? ''}`;

describe('the corpus cases check accepts, built together', () => {
  let output = '';
  beforeAll(() => {
    const commune = corpusCommune(published);
    cleanups.push(commune.remove);
    const built = buildCommune(commune.content, out);
    output = built.output;
    expect(built.status, built.output.slice(-3000)).toBe(0);
  });

  it(`publishes every one of them (${published.length} cases)`, () => {
    for (const c of published.filter((c) => c.expect.file === articleFile(c.id))) {
      expect(existsSync(join(out, 'tin-tuc', `corpus-${c.id}`, 'index.html')), c.id).toBe(true);
    }
  });

  it('publishes nothing that runs, redirects, posts or loads from another host', () => {
    const site = loadSite(readSiteAddress(out)!);
    expect(site.pages.length).toBeGreaterThan(published.length);
    for (const gate of [checkPolicy, checkRequests]) expect(gate(site).problems.map(describeProblem)).toEqual([]);
    for (const page of site.pages.filter((p) => !p.path.includes('/admin/'))) {
      for (const tag of page.html.match(/<script\b[^>]*>/g) ?? []) expect(isOwnScript(tag), `${page.path}: ${tag}`).toBe(true);
      // The policy gate looks for javascript: only; no address of any attribute may run or carry a page.
      expect(page.html, page.path).not.toMatch(/=\s*["']?\s*(?:vbscript:|data:text\/html|javascript:)/i);
      // The site's own search box (the layout's and the search page's) is the one form a page may hold.
      const forms = page.root.querySelectorAll('form').map((f) => `${f.getAttribute('role')} ${f.getAttribute('method')} ${f.getAttribute('action')}`);
      expect(
        forms.filter((f) => f !== `search get ${site.base}tim-kiem/`),
        `${page.path}: a form`,
      ).toEqual([]);
    }
  });

  it('publishes what check promised: every link leads somewhere, no id twice on a page', () => {
    const site = loadSite(readSiteAddress(out)!);
    const problems = checkLinks(site).problems.map((p) => ({ page: p.page, what: describeProblem(p) }));
    for (const page of site.pages) {
      // Ids Astro gives headings must not take the name of a part of the page (the skip link's target, the search box).
      const ids = page.root.querySelectorAll('[id]').map((e) => e.id);
      for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push({ page: page.path, what: `${page.path}: id "${id}" twice` });
    }
    // A known build failure shows on its own page, and nowhere else: once fixed, it must leave the list.
    const known = Object.keys(KNOWN_BUILD_FAILURES).map((id) => `/tin-tuc/corpus-${id}/`);
    expect(problems.filter((p) => !known.includes(p.page)).map((p) => p.what)).toEqual([]);
    for (const page of known)
      expect(
        problems.some((p) => p.page === page),
        `known build failure on ${page}`,
      ).toBe(true);
  });

  it('keeps each article’s body within the Markdown allowlist', () => {
    for (const c of published.filter((c) => c.expect.file === articleFile(c.id))) {
      const html = readFileSync(join(out, 'tin-tuc', `corpus-${c.id}`, 'index.html'), 'utf8');
      const body = /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<p class="meta">/.exec(html)?.[1];
      expect(body, `${c.id}: the body`).toBeDefined();
      // Headings get their ids from Astro after the sanitiser; the page test above holds them unique.
      expect(harmful(body!.replace(/<(h[1-6]) id="[^"]*"/g, '<$1')), c.id).toEqual([]);
    }
  });

  it('publishes no file from outside the content folder', () => {
    for (const [file] of Object.entries(tree(out))) {
      const bytes = readFileSync(join(out, file)).toString('latin1');
      expect(bytes.includes(MARKER), file).toBe(false);
      expect(bytes, file).not.toMatch(PASSWD);
    }
    expect(output).not.toContain(MARKER);
    expect(output).not.toMatch(PASSWD);
  });
});

describe('the corpus cases check refuses, built', () => {
  const groups = disjointGroups(refused);

  it('are all in some build', () => {
    expect(groups.flat().length).toBe(refused.length);
  });

  it.each(groups.map((cases, i) => [i + 1, cases.length, cases] as [number, number, CorpusCase[]]))(
    'build %i (%i cases): stops with check’s errors and leaves the published site as it was',
    async (_n, _count, cases) => {
      const before = tree(out);
      expect(Object.keys(before).length, 'the good build is there').toBeGreaterThan(10);
      const commune = corpusCommune(cases);
      cleanups.push(commune.remove);
      const checked = await verdictOf(commune);
      const built = buildCommune(commune.content, out);
      expect(built.status, built.output.slice(-2000)).not.toBe(0);
      const fromCheck = errorBlocks(formatReport(checked.errors));
      expect(fromCheck.length).toBeGreaterThanOrEqual(cases.length);
      expect(errorBlocks(built.output)).toEqual(fromCheck);
      for (const c of cases) expect(checked.errors.map(checked.where), c.id).toContain(c.expect.file);
      expect(built.output).toContain('được giữ nguyên');
      expect(built.output, 'no English stack trace after the report').not.toMatch(/Stack trace|^\s+at /m);
      expect(built.output).not.toContain(MARKER);
      expect(built.output).not.toMatch(PASSWD);
      expect(tree(out)).toEqual(before);
      expect(
        readdirSync(work).filter((f) => f.startsWith('.dist-')),
        'no staging folder left',
      ).toEqual([]);
    },
  );
});
