/**
 * Every progress board of the provincial hub, computed in Node before Astro
 * renders a page: each commune's period reports read straight from
 * communes/<slug>/content without Astro (./commune-report.ts), as `cchc
 * report` does. The validation pass this reads through lists the portal's
 * route files from disk, which a page bundled by Vite cannot; so the
 * integration computes them (src/integrations/hub-boards.ts) and the pages
 * import the result.
 */
import { join, dirname } from 'node:path';
import { communeContent } from '../build/communes.ts';
import { COMMUNES_FOLDER } from '../build/province.ts';
import { progressBoard, type Board, type BoardEntry } from '../lib/board.ts';
import { periodsOf } from '../lib/progress.ts';
import { communePeriodReport, readCommuneContent } from './commune-report.ts';
import { hubCommunes, loadProvince } from './hub.ts';
import { today } from './today.ts';
import { contentDir } from './site.ts';

/** The boards of every period of every year a commune has a plan for, newest year first. */
export async function hubBoards(dir = contentDir()): Promise<Board[]> {
  const now = today();
  const communes = await Promise.all(
    hubCommunes(dir).map(async (c) => ({
      ...c,
      content: await readCommuneContent({
        contentDir: communeContent(join(dirname(dir), COMMUNES_FOLDER), c.slug),
        today: now,
        provinceDir: dir,
        address: { siteUrl: loadProvince(dir).url, base: `/${c.slug}/` },
      }),
    })),
  );
  const years = [...new Set(communes.flatMap((c) => (c.content.kind === 'content' ? c.content.plans.map((p) => p.year) : [])))].sort((a, b) => b - a);
  return years.flatMap(periodsOf).map((period) =>
    progressBoard(
      communes.map(({ slug, unit, content }): BoardEntry => {
        if (content.kind === 'errors') return { slug, unit, state: 'errors' };
        const result = communePeriodReport(content, period);
        return result.kind === 'report' ? { slug, unit, state: 'report', report: result.report, narrative: result.narrative } : { slug, unit, state: 'no-plan' };
      }),
      period,
      now,
    ),
  );
}
