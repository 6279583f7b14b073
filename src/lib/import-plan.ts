/**
 * What an import will write, decided before anything is written: every code
 * checked and listed once, every path confined to the procedures folder, and --mark-abolished
 * refused when the list matched none of the commune's procedures (a wrong
 * spreadsheet must not mark every procedure abolished).
 */
import { dirname, resolve } from 'node:path';
import { importMessages as m } from '../i18n/validation.ts';
import { procedureUi } from '../i18n/vi.ts';
import type { IsoDate } from './dates.ts';
import { PROCEDURE_CODE } from './procedure-code.ts';
import { ImportError, markAbolished, mergeProcedure, SOURCE_ROW, withDetail, type Imported } from './procedure-import.ts';
import { missingParts } from './procedures.ts';
import { fileSlug } from './text.ts';

type Rec = Record<string, unknown>;

export interface ExistingProcedure {
  path: string;
  data: Rec;
  body: string;
}

interface PlannedWrite {
  path: string;
  data: Rec;
  body: string;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  /** Report lines, in order, with paths shown through `show`. */
  lines: string[];
}

export interface PlanInput {
  source: string;
  imported: readonly Imported[];
  /** Existing procedures by code. */
  existing: ReadonlyMap<string, ExistingProcedure>;
  /** The procedures folder; no write may leave it. */
  dir: string;
  today: IsoDate;
  markAbolished: boolean;
  /**
   * The national package's records (--detail), by code: they fill the detail of
   * the procedures the list names and add none of their own.
   */
  detail?: { source: string; records: ReadonlyMap<string, Imported> } | undefined;
  /** Path as shown to the clerk. */
  show: (path: string) => string;
  /** Whether a file is already there (a new procedure must not overwrite one). */
  exists: (path: string) => boolean;
}

/** `name`.md inside `dir`, or undefined when the name would lead anywhere else. */
export function confinedPath(dir: string, name: string): string | undefined {
  if (!name || /[\\/\0]/.test(name) || name === '.' || name === '..') return undefined;
  const root = resolve(dir);
  const path = resolve(root, `${name}.md`);
  return dirname(path) === root ? path : undefined;
}

/** @throws ImportError when a code is malformed or --mark-abolished would act on an unrelated list. */
export function planImport(input: PlanInput): ImportPlan {
  const { existing, dir, today, show, detail } = input;
  // A province's list names every level; the commune publishes only its own.
  const imported = input.imported.filter((p) => p.level === undefined || p.level === 'commune');
  const otherLevel = input.imported.length - imported.length;
  const bad = imported.filter((p) => p.code && !PROCEDURE_CODE.test(p.code));
  if (bad.length) throw new ImportError([m.badCodes(input.source, bad.length), ...bad.map((p) => m.badCode(p.code, p.name, p[SOURCE_ROW]))].join('\n'));
  // Two rows of one code would be two files of one code, which check refuses; the list must say which is meant.
  const byCode = Map.groupBy(
    imported.filter((p) => p.code),
    (p) => p.code,
  );
  const twice = [...byCode].filter(([, rows]) => rows.length > 1);
  if (twice.length) {
    throw new ImportError(
      [
        m.dupCodes(input.source, twice.length),
        ...twice.map(([code, rows]) =>
          m.dupCode(
            code,
            rows.map((p) => m.dupRow(p.name, p[SOURCE_ROW])),
          ),
        ),
      ].join('\n'),
    );
  }
  if (input.markAbolished && !imported.some((p) => existing.has(p.code))) throw new ImportError(m.abolishNoMatch(input.source));

  const writes: PlannedWrite[] = [];
  const lines = [m.header(input.source, input.imported.length)];
  if (otherLevel) lines.push(m.otherLevel(otherLevel));
  if (detail) {
    const listed = new Set(imported.map((p) => p.code));
    const used = [...detail.records.keys()].filter((code) => listed.has(code)).length;
    lines.push(m.detail(detail.source, used, detail.records.size - used));
  }
  const seen = new Set<string>();
  const claimed = new Set<string>();
  let unchanged = 0;
  for (const item of imported) {
    if (!item.code) {
      lines.push(m.noCode(item.name));
      continue;
    }
    seen.add(item.code);
    const current = existing.get(item.code);
    const { data, changed } = mergeProcedure(current?.data, withDetail(item, detail?.records.get(item.code)), today);
    if (!current) {
      const path = confinedPath(dir, fileSlug(item.name) || item.code);
      if (!path) {
        lines.push(m.outsideFolder(item.code));
        continue;
      }
      if (input.exists(path) || claimed.has(path)) {
        lines.push(m.nameTaken(show(path), item.code));
        continue;
      }
      claimed.add(path);
      // No placeholder body: it would be published as guidance; the page shows that heading only over a clerk's text.
      writes.push({ path, data, body: '' });
      const missing = (data.status as { state: string }).state === 'abolished' ? [] : missingParts(data);
      lines.push(
        m.added(
          show(path),
          item.code,
          item.name,
          missing.map((part) => procedureUi.parts[part]),
        ),
      );
    } else if (changed.length) {
      writes.push({ path: current.path, data, body: current.body });
      lines.push(m.changed(show(current.path), item.code, changed));
    } else {
      unchanged++;
    }
  }
  lines.push(m.unchanged(unchanged));
  for (const [code, file] of existing) {
    if (seen.has(code) || (file.data.status as { state?: string } | undefined)?.state === 'abolished') continue;
    if (input.markAbolished) {
      writes.push({ path: file.path, data: markAbolished(file.data, today), body: file.body });
      lines.push(m.abolished(show(file.path), code));
    } else {
      lines.push(m.missing(show(file.path), code));
    }
  }
  return { writes, lines };
}
