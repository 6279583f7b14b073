/**
 * Rules that span files, which no single schema can see: unique procedure
 * codes and plan years, task references that resolve, two files that would
 * publish at the same address or at a built-in page's, late files of
 * procedures that exist, one index result per index, scope and year, one
 * report narrative per period of a year that has a plan.
 */
import { expected, messages, procedureMessages as pm, transparencyMessages as tm } from '../i18n/validation.ts';
import { indexScopes, reformIndices, type IndexScope, type ReformIndex } from '../i18n/vi.ts';
import { collection, type CollectionName } from '../collections/registry.ts';
import { documentKey } from './documents.ts';
import { paths } from './paths.ts';
import { planTasks } from './plans.ts';
import { ITEM_KINDS } from './progress.ts';
import { refKey, someOf, taskRef } from './references.ts';
import type { Plan } from '../schemas/plan.ts';
import { nameKey } from './text.ts';
import type { Finding } from './validation-report.ts';

export interface CheckedEntry {
  collection: CollectionName;
  file: string;
  /** The entry's id (the registry's entryId): the address segment it publishes under. */
  slug: string;
  data: Record<string, unknown>;
  /** Line of a top-level field in the file, for messages. */
  lineOf: (field: string) => number | undefined;
  /** Line of a nested field (["cases", 2, "procedure"]), where known. */
  lineAt?: (path: readonly (string | number)[]) => number | undefined;
}

/** Site settings some checks depend on (site.yaml). */
export interface CheckedSite {
  lateFiles?: { officials: 'position' | 'name' } | undefined;
  /** Codes shown first on the procedure index; each must name a procedure. */
  popularProcedures?: readonly string[] | undefined;
  /** site.yaml as the clerk sees it, and the line of a field in it, for the messages above. */
  file?: string;
  lineAt?: (path: readonly (string | number)[]) => number | undefined;
}

function firstOwner<K>(owners: Map<K, CheckedEntry>, key: K, entry: CheckedEntry): CheckedEntry | undefined {
  const other = owners.get(key);
  if (!other) owners.set(key, entry);
  return other;
}

/** An error on a top-level field of an entry, at that field's line. */
function errorAt(entry: CheckedEntry, field: string, found: string, expected: string): Finding {
  return { severity: 'error', file: entry.file, line: entry.lineOf(field), field, found, expected };
}

/**
 * `builtIn`: addresses the portal's own pages take (src/lib/reserved-addresses.ts);
 * an entry there would replace one of them.
 */
export function crossCheck(entries: readonly CheckedEntry[], site: CheckedSite = {}, builtIn: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  /** Keyed by refKey: references match without regard to case. */
  const codes = new Map<string, CheckedEntry>();
  const years = new Map<number, CheckedEntry>();
  const urls = new Map<string, CheckedEntry>();
  /** Every task reference as the plan writes it, by refKey. */
  const tasks = new Map<string, string>();
  /** The units a task's quota is set for (target.each), by refKey. */
  const quotaUnits = new Map<string, readonly string[]>();

  // Only file names can collide once slugged; ids from the data (a plan's year, a disclosure's
  // quarter) are reported below with their own message, and index results have no page of their own.
  for (const entry of entries) {
    const { address, idFromData } = collection(entry.collection);
    if (!address || idFromData) continue;
    const url = address(entry.slug);
    if (builtIn.has(url)) {
      findings.push({ severity: 'error', file: entry.file, found: `"${entry.slug}"`, expected: messages.builtInAddress(url), hint: messages.builtInAddressHint });
      continue;
    }
    const other = firstOwner(urls, url, entry);
    if (other) {
      findings.push({
        severity: 'error',
        file: entry.file,
        expected: messages.duplicateUrl(url, other.file),
        hint: 'Đổi tên một trong hai tệp.',
      });
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'procedures')) {
    const code = String(entry.data.code);
    const other = firstOwner(codes, refKey(code), entry);
    if (other) findings.push(errorAt(entry, 'code', code, `một mã chưa dùng ở tệp khác; ${messages.duplicateCode(code, other.file)}`));
  }

  for (const entry of entries.filter((e) => e.collection === 'plans')) {
    const year = Number(entry.data.year);
    const other = firstOwner(years, year, entry);
    if (other) findings.push(errorAt(entry, 'year', String(year), `mỗi năm chỉ một kế hoạch; ${messages.duplicateYear(year, other.file)}`));
    const seen = new Set<string>();
    // Full ids ("II.1" when the appendix numbers tasks again in each group).
    for (const task of planTasks(entry.data as Pick<Plan, 'tasks'>)) {
      // "I.1" and "i.1" would be one reference, so they are one id.
      if (seen.has(refKey(task.id))) {
        findings.push(errorAt(entry, 'tasks', task.id, messages.duplicateTaskId(task.id)));
      }
      seen.add(refKey(task.id));
      tasks.set(refKey(taskRef(year, task.id)), taskRef(year, task.id));
      if (task.target?.each) quotaUnits.set(refKey(taskRef(year, task.id)), task.target.each);
    }
  }

  // A period's narrative is read by that year's report pages: one per period, and only for a year with a plan.
  const narratives = new Map<string, CheckedEntry>();
  for (const entry of entries.filter((e) => e.collection === 'reports')) {
    const year = Number(entry.data.year);
    if (!years.has(year)) findings.push(errorAt(entry, 'year', String(year), messages.reportWithoutPlan(year)));
    const other = firstOwner(narratives, entry.slug, entry);
    if (other) findings.push(errorAt(entry, 'period', String(entry.data.period), messages.duplicateReport(entry.slug, other.file)));
  }

  for (const entry of entries.filter((e) => (ITEM_KINDS as readonly string[]).includes(e.collection))) {
    const ref = entry.data.task as string | undefined;
    const known = ref === undefined ? undefined : tasks.has(refKey(ref));
    // A document counts from the day it was posted on the portal, else its issue date.
    const date = (entry.data.posted ?? entry.data.date) as string | undefined;
    if (ref && known && date && !date.startsWith(`${ref.split('/')[0]}-`) && !entry.data.draft) {
      findings.push({
        severity: 'warning',
        file: entry.file,
        line: entry.lineOf(entry.data.posted ? 'posted' : 'date'),
        field: entry.data.posted ? 'posted' : 'date',
        found: date,
        expected: messages.taskOutsideYear(ref),
      });
    }
    const units = ref ? quotaUnits.get(refKey(ref)) : undefined;
    const unit = entry.data.unit as string | undefined;
    if (units && !entry.data.draft && !units.some((u) => nameKey(u) === nameKey(unit ?? ''))) {
      findings.push({
        severity: 'warning',
        file: entry.file,
        line: entry.lineOf(unit ? 'unit' : 'task'),
        field: 'unit',
        ...(unit ? { found: `"${unit}"` } : {}),
        expected: messages.unitNotInQuota(ref!, units),
      });
    }
    if (ref && !known) {
      const { shown, more } = someOf([...tasks.values()]);
      findings.push({
        ...errorAt(entry, 'task', `"${ref}"`, `${expected.taskRef}; ${messages.danglingTask(ref)}`),
        hint: messages.validChoices(shown, more) ?? messages.noTasks,
      });
    }
  }
  findings.push(...transparencyChecks(entries, codes, site), ...popularChecks(codes, site));
  return findings;
}

/** site.yaml's popularProcedures: codes of procedures the site has, each once. */
function popularChecks(codes: ReadonlyMap<string, CheckedEntry>, site: CheckedSite): Finding[] {
  const seen = new Set<string>();
  return (site.popularProcedures ?? []).flatMap((code, i): Finding[] => {
    const at = {
      severity: 'error' as const,
      file: site.file ?? 'site.yaml',
      line: site.lineAt?.(['popularProcedures', i]),
      field: `popularProcedures.${i}`,
      found: `"${code}"`,
    };
    if (seen.has(code)) return [{ ...at, expected: pm.duplicatePopular(code) }];
    seen.add(code);
    return codes.has(code) ? [] : [{ ...at, expected: pm.unknownPopular(code), hint: pm.unknownPopularHint }];
  });
}

/** Index results, late-file disclosures and documents against each other and the procedures. */
function transparencyChecks(entries: readonly CheckedEntry[], codes: ReadonlyMap<string, CheckedEntry>, site: CheckedSite): Finding[] {
  const findings: Finding[] = [];
  const line = (entry: CheckedEntry, path: (string | number)[]) => entry.lineAt?.(path) ?? entry.lineOf(String(path[0]));

  const results = new Map<string, CheckedEntry>();
  for (const entry of entries.filter((e) => e.collection === 'indices')) {
    const { index, scope, year } = entry.data as { index: ReformIndex; scope: IndexScope; year: number };
    const other = firstOwner(results, `${index}/${scope}/${year}`, entry);
    if (other) findings.push(errorAt(entry, 'year', String(year), tm.duplicateResult(reformIndices[index], indexScopes[scope], year, other.file)));
  }

  const quarters = new Map<string, CheckedEntry>();
  const officials = site.lateFiles?.officials ?? 'position';
  for (const entry of entries.filter((e) => e.collection === 'late-disclosures')) {
    const { year, quarter } = entry.data as { year: number; quarter: number };
    const other = firstOwner(quarters, `${year}/${quarter}`, entry);
    if (other) findings.push(errorAt(entry, 'quarter', String(quarter), tm.duplicateQuarter(`quý ${quarter}/${year}`, other.file)));
    const cases = (entry.data.cases as { procedure: string; official: { name?: string } }[] | undefined) ?? [];
    cases.forEach((c, i) => {
      if (!codes.has(refKey(c.procedure))) {
        const { shown, more } = someOf([...codes.values()].map((p) => String(p.data.code)));
        findings.push({
          severity: 'error',
          file: entry.file,
          line: line(entry, ['cases', i, 'procedure']),
          field: `cases.${i}.procedure`,
          found: `"${c.procedure}"`,
          expected: tm.unknownProcedure(c.procedure),
          hint: [tm.unknownProcedureHint, messages.validChoices(shown, more)].filter(Boolean).join(' '),
        });
      }
      if (officials === 'position' && c.official.name) {
        findings.push({
          severity: 'warning',
          file: entry.file,
          line: line(entry, ['cases', i, 'official', 'name']),
          field: `cases.${i}.official.name`,
          found: `"${c.official.name}"`,
          expected: tm.nameHidden,
          hint: tm.nameHiddenHint,
        });
      }
      if (officials === 'name' && !c.official.name) {
        findings.push({
          severity: 'warning',
          file: entry.file,
          line: line(entry, ['cases', i, 'official']),
          field: `cases.${i}.official.name`,
          found: messages.missing,
          expected: tm.nameMissing,
        });
      }
    });
  }

  const documents = new Map<string, CheckedEntry>();
  for (const entry of entries.filter((e) => e.collection === 'documents')) {
    const number = String(entry.data.number);
    const other = firstOwner(documents, `${documentKey(number)}|${String(entry.data.date)}`, entry);
    if (other) findings.push(errorAt(entry, 'number', `"${number}"`, tm.duplicateNumber(number, other.file)));
  }
  return findings;
}

/** Every page address the content will publish (without base), for link checks. */
export function sitePaths(entries: readonly CheckedEntry[], staticPaths: readonly string[]): Set<string> {
  const pages = new Set(staticPaths);
  for (const entry of entries) {
    const { address } = collection(entry.collection);
    if (address) pages.add(address(entry.slug));
    if (entry.collection === 'indices') pages.add(paths.index(String(entry.data.index)));
    for (const topic of (entry.data.topics as string[] | undefined) ?? []) pages.add(paths.topic(topic));
  }
  return pages;
}
