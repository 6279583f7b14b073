/**
 * Vitest global setup for the site project: build the demo and the fixture
 * communes once per run, with the real Astro build, before any site test.
 */
import { buildCommune, SITES } from './build.ts';

export default function setup() {
  for (const [name, site] of Object.entries(SITES)) {
    const started = performance.now();
    const result = buildCommune(site.content, site.out, 'env' in site ? site.env : {});
    if (result.status !== 0) throw new Error(`build of ${name} failed:\n${result.output}`);
    console.log(`built ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
