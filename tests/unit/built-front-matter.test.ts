/**
 * Validation reads front matter as Astro's content layer does
 * (src/readers/built-front-matter.ts): with a copy of Astro's pattern and
 * the same js-yaml. Held to the installed Astro, so an upgrade that changes
 * either fails here rather than letting check and the build disagree again.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ASTRO_FRONT_MATTER, readAsBuilt } from '../../src/readers/built-front-matter.ts';

/** The module Astro's content layer cuts and parses front matter with. */
const astroFrontMatter = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('@astrojs/internal-helpers/frontmatter');

describe('front matter as the build reads it', () => {
  it('cuts it with the pattern of the installed Astro', () => {
    const source = readFileSync(astroFrontMatter, 'utf8');
    expect(source).toContain(`const frontmatterRE = /${ASTRO_FRONT_MATTER.source}/;`);
  });

  it('parses it with the js-yaml Astro uses', () => {
    const ours = createRequire(import.meta.url).resolve('js-yaml/package.json');
    const astros = createRequire(astroFrontMatter).resolve('js-yaml/package.json');
    expect(readFileSync(ours, 'utf8')).toBe(readFileSync(astros, 'utf8'));
  });

  it('reads 0b101 as 5 and stops on an unknown tag, as the build does', () => {
    expect(readAsBuilt('---\ntitle: 0b101\n---\n')).toEqual({ ok: true, data: { title: 5 } });
    // The file's line 3: the opening --- is line 1.
    expect(readAsBuilt('---\ntitle: Tin\nauthor: !foo Ban\n---\n')).toMatchObject({ ok: false, line: 3, reason: 'UNKNOWN_TAG' });
  });
});
