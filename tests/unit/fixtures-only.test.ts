/**
 * Tests read communes under tests/fixtures/, never the repository's content/:
 * that folder is the demo site, and a commune that puts its own content there
 * must still pass `npm test`. This scans every test file for a path into
 * content/ and holds the build helper to a named fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, buildCommune, SITES } from '../support/build.ts';
import { FIXTURES, fixtureDir } from '../support/fixtures.ts';

/** A quoted path that starts at content/: 'content', './content', "content/site.yaml", `content/${x}`. */
const CONTENT_LITERAL = /(['"`])(?:\.\/)?content(?:\/[^'"`\n]*)?\1/g;
/** …unless it is a later argument of join()/resolve() on another base (a temporary copy's content/). */
const UNDER_OTHER_BASE = /\b(?:join|resolve)\(\s*(?!process\.cwd\(\)|['"`])[^()]*,\s*$/;
/** …or the name of an HTML attribute (<meta content>): getAttribute('content'), Playwright's getAttribute(selector, 'content'). */
const ATTRIBUTE = /getAttribute\((?:[^()]*,)?\s*$/;
/** The working directory joined to content: process.cwd() + '/content', join(process.cwd(), 'content'), `${process.cwd()}/content`. */
const FROM_CWD = /process\.cwd\(\)\s*(?:\+\s*|,\s*\[?\s*)['"`]\/?(?:\.\/)?content\b|\$\{process\.cwd\(\)\}\/content\b/;

/** Files that must name content/, and why. */
const NAMES_CONTENT_ON_PURPOSE: Record<string, string> = {
  'tests/support/fixtures.ts': 'refuses content/ by name',
  'tests/unit/fixtures-only.test.ts': 'its planted faults name content/',
  'tests/unit/settings.test.ts': 'its planted faults are code that reads CCHC_CONTENT_DIR, held as strings',
};

/**
 * Paths into another site's content/, by file, allowed only on a line that
 * calls nothing (a list of expected paths, not a read): the files `cchc init`
 * writes into a new site.
 */
const OTHER_SITES_CONTENT: Record<string, RegExp> = {
  'tests/build/package.test.ts': /^'content\/(?:[a-z-]+\/_vi-du\.md|site\.yaml)'$/,
  'tests/unit/cms-signin.test.ts': /^'content\/site\.yaml'$/,
};

/** Each line of a test's source that reaches into the repository's content/, as `line: text`. */
function contentReferences(source: string, otherSite?: RegExp): string[] {
  return source.split('\n').flatMap((line, i) => {
    const literals = [...line.matchAll(CONTENT_LITERAL)].filter((m) => {
      const before = line.slice(0, m.index);
      const listed = otherSite !== undefined && !line.includes('(') && otherSite.test(m[0]);
      return !UNDER_OTHER_BASE.test(before) && !ATTRIBUTE.test(before) && !listed;
    });
    return literals.length || FROM_CWD.test(line) ? [`${i + 1}: ${line.trim()}`] : [];
  });
}

const testFiles = readdirSync('tests', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts'))
  .map((e) => join(e.parentPath, e.name))
  .filter((file) => !file.startsWith(join('tests', 'fixtures')));

describe('tests read fixtures, never content/', () => {
  it('finds no path into content/ in any test or test helper', () => {
    expect(testFiles.length).toBeGreaterThan(40);
    expect(testFiles).toContain(join('tests', 'e2e', 'admin.test.ts'));
    // An exception for a file that is gone would wait silently for the next one of that name.
    for (const file of [...Object.keys(NAMES_CONTENT_ON_PURPOSE), ...Object.keys(OTHER_SITES_CONTENT)]) expect(testFiles).toContain(file);
    const found = testFiles
      .filter((file) => !(file in NAMES_CONTENT_ON_PURPOSE))
      .flatMap((file) => contentReferences(readFileSync(file, 'utf8'), OTHER_SITES_CONTENT[file]).map((hit) => `${file}:${hit}`));
    expect(found, 'use a fixture under tests/fixtures/ (tests/support/fixtures.ts) instead').toEqual([]);
  });

  it('notices every way of naming content/ (the scan can fail)', () => {
    const planted = [
      "readFileSync('content/site.yaml', 'utf8')",
      'readdirSync("content/news")',
      "validateContent('content', { today })",
      "const site = loadSite(resolve('./content'));",
      'cpSync(`content/${part}`, target)',
      "repoFiles(process.cwd(), ['content'])",
      "join(process.cwd(), 'content', 'plans')",
      "process.cwd() + '/content/site.yaml'",
      'const dir = `${process.cwd()}/content`;',
      "spawnSync(node, ['scripts/check.ts', '--content', 'content'])",
    ];
    for (const line of planted) expect(contentReferences(line), line).toEqual([`1: ${line}`]);
  });

  it('lets a temporary copy be called content/, and <meta content> be read', () => {
    for (const line of [
      "const content = join(dir, 'content');",
      "cpSync(FIXTURES.lienMinh, join(root, 'xa-lien-minh', 'content'), { recursive: true });",
      "page.querySelector('meta')?.getAttribute('content')",
      "await page.getAttribute('meta[name=\"description\"]', 'content')",
      'const contentDir = resolve(FIXTURES.bangCa);',
    ]) {
      expect(contentReferences(line), line).toEqual([]);
    }
  });

  it('allows another site\u2019s content/ only in a list of paths, never in a call', () => {
    const otherSite = OTHER_SITES_CONTENT['tests/build/package.test.ts'];
    expect(contentReferences("      'content/news/_vi-du.md', 'content/site.yaml',", otherSite)).toEqual([]);
    expect(contentReferences("readFileSync('content/site.yaml', 'utf8')", otherSite)).toHaveLength(1);
    expect(contentReferences("      'content/news/tin-1.md',", otherSite)).toHaveLength(1);
  });

  it('builds the demo and the communes from fixtures', () => {
    for (const site of Object.values(SITES)) expect(site.content).toMatch(/^tests\/fixtures\/[a-z0-9-]+$/);
    for (const dir of Object.values(FIXTURES)) expect(readdirSync(dir)).toContain('site.yaml');
  });

  it('refuses to build or check without a named fixture, or from content/', () => {
    expect(() => buildCommune(undefined as unknown as string, '/tmp/x')).toThrow(/must name its content folder/);
    expect(() => buildCommune('', '/tmp/x')).toThrow(/must name its content folder/);
    expect(() => buildCommune('content', '/tmp/x')).toThrow(/demo content/);
    expect(() => astroBuild('content', '/tmp/x')).toThrow(/demo content/);
    expect(() => fixtureDir('./content/')).toThrow(/demo content/);
    expect(() => fixtureDir('tests/fixtures/khong-co')).toThrow(/no content folder/);
    expect(fixtureDir(FIXTURES.lienMinh)).toBe(join(process.cwd(), FIXTURES.lienMinh));
  });
});
