/**
 * Every progress board of the provincial hub, computed in Node before Astro
 * renders a page: each commune's period reports read straight from
 * communes/<slug>/content without Astro (./commune-report.ts), as `cchc
 * report` does. The validation pass this reads through lists the portal's
 * route files from disk, which a page bundled by Vite cannot; so the
 * integration computes them (src/integrations/hub-boards.ts) and the pages
 * import the result.
 *
 * Reading and validating a commune's content is most of the hub's build
 * (about half a second a commune, the shared procedures included), and one
 * commune's change must not cost a hundred. So each commune's rows are kept
 * in the settings' `hubRows` file under a key of all they are computed from:
 * the generator, the settings, the day and the province folder (the hub's
 * own fingerprint, ../build/fingerprint.ts) and the commune's content folder.
 * A commune whose key is unchanged is not read again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { communeContent } from '../build/communes.ts';
import { buildFingerprint, folderDigest } from '../build/fingerprint.ts';
import { COMMUNES_FOLDER } from '../build/province.ts';
import { boardRow, progressBoard, type Board, type BoardRow } from '../lib/board.ts';
import { periodCode, periodsOf, type Period } from '../lib/progress.ts';
import { processSettings } from '../settings/settings.ts';
import { communePeriodReport, readCommuneContent } from './commune-report.ts';
import { hubCommunes, loadProvince, type HubCommune } from './hub.ts';
import type { SharedReads } from '../validation/validate-content.ts';
import { contentDir } from './site.ts';
import { today } from './today.ts';

/** What the boards hold of one commune: its row of each period of its plans' years. */
interface CommuneRows {
  key: string;
  /** Its content does not pass validation: every period's row says so. */
  errors: boolean;
  years: number[];
  /** By period code (periodCode): "2026-Q2". */
  rows: Record<string, BoardRow>;
}

type RowsFile = Record<string, CommuneRows>;

function readRows(file: string | undefined): RowsFile {
  if (!file) return {};
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return kept !== null && typeof kept === 'object' && !Array.isArray(kept) ? (kept as RowsFile) : {};
  } catch {
    // none yet, or unreadable: every commune is read
    return {};
  }
}

async function communeRows(dir: string, commune: HubCommune & { content: string }, key: string, sharedReads: SharedReads): Promise<CommuneRows> {
  const content = await readCommuneContent({
    sharedReads,
    contentDir: commune.content,
    today: today(),
    provinceDir: dir,
    address: { siteUrl: loadProvince(dir).url, base: `/${commune.slug}/` },
  });
  if (content.kind === 'errors') return { key, errors: true, years: [], rows: {} };
  const years = [...new Set(content.plans.map((p) => p.year))];
  const { slug, unit } = commune;
  const rows = years.flatMap(periodsOf).map((period): [string, BoardRow] => {
    const result = communePeriodReport(content, period);
    const entry =
      result.kind === 'report' ? { slug, unit, state: 'report' as const, report: result.report, narrative: result.narrative } : { slug, unit, state: 'no-plan' as const };
    return [periodCode(period), boardRow(entry, period)];
  });
  return { key, errors: false, years, rows: Object.fromEntries(rows) };
}

/** A commune's row for a period of a year it has no plan for (or of any year, when its content has errors). */
const rowWithout = ({ slug, unit }: HubCommune, kept: CommuneRows, period: Period): BoardRow =>
  boardRow({ slug, unit, state: kept.errors ? 'errors' : 'no-plan' }, period);

/** The boards of every period of every year a commune has a plan for, newest year first. */
export async function hubBoards(dir = contentDir(), rowsFile = processSettings().hubRows): Promise<Board[]> {
  const kept = readRows(rowsFile);
  // The shared procedures are the same for every commune: read once for them all.
  const sharedReads: SharedReads = new Map();
  const base = buildFingerprint({ settings: { ...processSettings(), contentDir: dir, hubRows: undefined }, args: [] });
  const communes = await Promise.all(
    hubCommunes(dir).map(async (commune) => {
      const content = communeContent(join(dirname(dir), COMMUNES_FOLDER), commune.slug);
      const key = createHash('sha256')
        .update(`${base}\0${folderDigest(content)}`)
        .digest('hex');
      const rows = kept[commune.slug]?.key === key ? kept[commune.slug]! : await communeRows(dir, { ...commune, content }, key, sharedReads);
      return { commune, rows };
    }),
  );
  if (rowsFile) writeFileSync(rowsFile, JSON.stringify(Object.fromEntries(communes.map((c) => [c.commune.slug, c.rows]))));
  const years = [...new Set(communes.flatMap((c) => c.rows.years))].sort((a, b) => b - a);
  return years.flatMap(periodsOf).map((period) =>
    progressBoard(
      communes.map(({ commune, rows }) => rows.rows[periodCode(period)] ?? rowWithout(commune, rows, period)),
      period,
      today(),
    ),
  );
}
