/**
 * What `npm run new` writes: folder, file name (a slug without marks, or the
 * year for a plan) and the filled-in template. Pure; `cchc new` (src/cli/commands/new.ts) writes it.
 */
import { COLLECTION_NAMES, collection, type CollectionDef } from '../collections/registry.ts';
import { templates, unknownUnit, type ScaffoldKind } from '../i18n/templates.ts';
import { documentKinds, reformIndices } from '../i18n/vi.ts';
import { parts, quarterOf, type IsoDate } from './dates.ts';
import { PERIOD_SLUGS, type PeriodKey } from './progress.ts';
import { fileSlug, fold, nfc } from './text.ts';

/** The collection each `npm run new` kind writes into. */
const BY_KIND = new Map<string, CollectionDef>(COLLECTION_NAMES.map((name) => [collection(name).scaffold, collection(name)]));

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
  return Object.hasOwn(templates, kind);
}

/** A plan's year: the first 4-digit year in its title, else this year. */
function planYear(title: string, today: IsoDate): number {
  const year = /\b(20\d{2})\b/.exec(title)?.[1];
  return year ? Number(year) : parts(today).year;
}

/** The label of a table that a title starts with or names: "Nghị quyết 76/NQ-CP…" → Nghị quyết, "SIPAS 2024" → SIPAS. */
function labelIn(title: string, labels: Record<string, string>, fallback: string): string {
  const folded = ` ${fold(title)} `;
  const values = Object.values(labels);
  return values.find((label) => folded.startsWith(` ${fold(label)} `)) ?? values.find((label) => folded.includes(` ${fold(label)} `)) ?? fallback;
}

/**
 * A disclosure's quarter: "Quý II 2024", "quy 2 nam 2024"; else the quarter
 * before today's, the one a disclosure is usually written for.
 */
function disclosureQuarter(title: string, today: IsoDate): { year: number; quarter: number } {
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const q = /\bquy\s+(iv|iii|ii|i|[1-4])\b/.exec(fold(title))?.[1];
  const quarter = q ? (roman[q] ?? Number(q)) : quarterOf(today) === 1 ? 4 : quarterOf(today) - 1;
  const fallbackYear = !q && quarterOf(today) === 1 ? parts(today).year - 1 : parts(today).year;
  return { year: planYear(title, `${fallbackYear}-01-01`), quarter };
}

/**
 * A report narrative's period, as the report routes name it: "Quý II 2026"
 * → quy-2, "6 tháng 2026" → 6-thang, "Năm 2026" → nam; else today's quarter,
 * the one a report is usually written for at its end.
 */
function reportPeriod(title: string, today: IsoDate): { year: number; slug: string } {
  const folded = fold(title);
  const q = /\bquy\s+(iv|iii|ii|i|[1-4])\b/.exec(folded)?.[1];
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  const key: PeriodKey = q
    ? (`Q${roman[q] ?? Number(q)}` as PeriodKey)
    : /\b6\s+thang\b/.test(folded)
      ? 'H1'
      : /\bnam\b/.test(folded)
        ? 'Y'
        : (`Q${quarterOf(today)}` as PeriodKey);
  return { year: planYear(title, today), slug: PERIOD_SLUGS[key] };
}

/** `unit` is the site's unit with its kind (unitName), for the comments that name it. */
export function scaffold(kind: ScaffoldKind, rawTitle: string, today: IsoDate, unit = unknownUnit) {
  const { folder, idFromData } = BY_KIND.get(kind)!;
  // One line: a line break would end the quoted title in the file's YAML.
  const title = nfc(rawTitle.replace(/\s+/g, ' ').trim());
  const disclosure = kind === 'tre-han' ? disclosureQuarter(title, today) : null;
  const report = kind === 'bao-cao' ? reportPeriod(title, today) : null;
  const year = kind === 'ke-hoach' || kind === 'chi-so' ? planYear(title, today) : ((disclosure ?? report)?.year ?? parts(today).year);
  // A collection addressed by its data (a plan by its year) gets the file name its id rule gives.
  const name = idFromData?.({ year, quarter: disclosure?.quarter, period: report?.slug }) ?? fileSlug(title);
  const text = templates[kind]
    // Inside YAML's double quotes a backslash starts an escape ("12\2024" is an error): both are escaped.
    .replaceAll('{{title}}', title.replaceAll('\\', '\\\\').replaceAll('"', '\\"'))
    .replaceAll('{{date}}', today)
    .replaceAll('{{unit}}', unit)
    .replaceAll('{{year}}', String(year))
    .replaceAll('{{period}}', report?.slug ?? '')
    .replaceAll('{{quarter}}', String(disclosure?.quarter ?? quarterOf(today)))
    .replaceAll('{{index}}', labelIn(title, reformIndices, reformIndices['par-index']))
    .replaceAll('{{kind}}', labelIn(title, documentKinds, documentKinds['quyet-dinh']));
  return { folder, fileName: `${name}.md`, text };
}
