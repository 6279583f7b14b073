/**
 * Documents: how a cited document reads ("Luật Hộ tịch số 60/2014/QH13 của
 * Quốc hội ngày 20/11/2014"), and how document numbers written anywhere are
 * matched to the guiding documents collection (content/documents/).
 */
import { formatDate, type IsoDate } from './dates.ts';
import { documentKinds, documentsUi, type DocumentKind } from '../i18n/vi.ts';
import { toPlanItem, type PlanItem } from './progress.ts';
import { fold } from './text.ts';

export interface DocumentRef {
  number: string;
  title?: string | undefined;
  issuer?: string | undefined;
  date?: IsoDate | undefined;
  effective?: IsoDate | undefined;
}

export function documentLabel(d: DocumentRef): string {
  let label = d.title ? `${d.title} số ${d.number}` : d.number;
  if (d.issuer) label += ` của ${d.issuer}`;
  if (d.date) label += ` ngày ${formatDate(d.date)}`;
  if (d.effective) label += `, có hiệu lực từ ${formatDate(d.effective)}`;
  return label;
}

/**
 * The comparable form of a document number, so a plan's basis, a
 * procedure's legal basis and the documents collection find one another
 * however the number was typed: "76/NQ-CP", "76/NQ–CP", "136/KH -UBND",
 * "107/2021/ND-CP" for "107/2021/NĐ-CP", "5-NQ/TU" for "05-NQ/TU", with or
 * without a leading "số".
 */
export function documentKey(number: string): string {
  return fold(number.normalize('NFC'))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^so\s+/, '')
    .replace(/\.+$/, '')
    .replace(/^0+(?=\d)/, '')
    .toUpperCase();
}

/** A run of text, and the document it cites when it is a document number that exists. */
export interface Citation<T> {
  text: string;
  doc?: T;
}

/** Something that looks like a document number: digits, then parts joined by / or - (spaces allowed around them). */
const NUMBER_LIKE = /(?<![\p{L}\p{N}])\p{N}+(?:\s*[/\-\u2010-\u2015]\s*[\p{L}\p{N}.]+)+/gu;
/** "ngày 15/7/2021" or "ngày 15 tháng 7 năm 2021" right after a number. */
const DATE_AFTER = /^\s*,?\s*ngày\s+(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:\/|\s+năm\s+)(\d{4})/iu;

/** The date written right after a document number, if any: "… 76/NQ-CP ngày 15/7/2021" → 2021-07-15. */
export function dateAfter(text: string): IsoDate | undefined {
  const m = DATE_AFTER.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/**
 * Finds a document by number among many: numbers such as 01/KH-UBND come
 * back every year and from every issuer, so when the citing text gives a
 * date the document must have that date, and a number shared by several
 * documents is only matched with a date.
 */
export function documentFinder<T extends { number: string; date: IsoDate }>(documents: readonly T[]): (key: string, date?: IsoDate) => T | undefined {
  const byKey = new Map<string, T[]>();
  for (const d of documents) {
    const key = documentKey(d.number);
    byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  return (key, date) => {
    const found = byKey.get(key) ?? [];
    if (date) return found.find((d) => d.date === date);
    return found.length === 1 ? found[0] : undefined;
  };
}

/**
 * Splits free text (a plan's basis, a summary) into runs, linking each
 * document number that `find` knows. Text that is not a known number
 * (dates such as 17/01/2024, ranges such as 2021-2030) stays as it is.
 */
export function citations<T>(text: string, find: (key: string, date?: IsoDate) => T | undefined): Citation<T>[] {
  const runs: Citation<T>[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER_LIKE)) {
    const written = match[0].replace(/\.+$/, '');
    const end = match.index + written.length;
    const doc = find(documentKey(written), dateAfter(text.slice(end, end + 40)));
    if (!doc) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: written, doc });
    last = end;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** Sizes as people read them: "245 KB", "1,2 MB". */
export function fileSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(kb / 1024)} MB`;
}

/** A document posted for a plan task, as a plan item: counted from the day it was posted, else its issue date. */
export function documentPlanItem(
  id: string,
  d: { number: string; kind: DocumentKind; title: string; date: IsoDate; posted?: IsoDate | undefined; task?: string | undefined },
): PlanItem | null {
  return toPlanItem('documents', id, { title: `${documentsUi.heading(documentKinds[d.kind], d.number)}: ${d.title}`, date: d.posted ?? d.date, task: d.task });
}
