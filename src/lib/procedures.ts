/** Procedure helpers: the index by field, fees, channels, the national portal link, where to file. */
import { onlineLevels, procedureUi } from '../i18n/vi.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { ProcedureNote } from '../schemas/procedure-note.ts';
import type { Site } from '../schemas/site.ts';
import { slugify, compareVi } from './text.ts';

/**
 * The national portal's procedure search (REFERENCE.md). The portal was
 * rebuilt in 2026 as a single-page app that answers 200 to every address, so
 * a generated per-procedure address cannot be checked and the old one is
 * dead: the code goes to the search, which is reported to work.
 */
const NATIONAL_SEARCH = 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?keyword=';

export function nationalSearchUrl(code: string): string {
  return `${NATIONAL_SEARCH}${encodeURIComponent(code)}`;
}

/** The procedure's own address from the clerk or the import, else the national search for its code. */
export function portalUrlOf(p: Pick<Procedure, 'code' | 'portalUrl'>): string {
  return p.portalUrl ?? nationalSearchUrl(p.code);
}

/** The old per-procedure address of the national portal, which the 2026 portal no longer serves. */
export function isDeadPortalLink(url: string): boolean {
  return /dvc-chi-tiet-thu-tuc-hanh-chinh|[?&]ma_thu_tuc=/i.test(url);
}

/** Filed online: every procedure whose online level is toàn trình or một phần. */
export function isOnline(p: Pick<Procedure, 'channels'>): p is Pick<Procedure, 'channels'> & { channels: { online: 'full' | 'partial' } } {
  return p.channels.online !== 'none';
}

export interface FilingDesk {
  name: string;
  address: string;
  hours: string;
  phone: string;
  mapUrl?: string | undefined;
}

/**
 * Where a citizen goes to file: the commune's Public Administration Service
 * Center, or on a historic site without one the People's Committee itself;
 * for one procedure, as the commune's note on it says (procedure-notes.yaml):
 * another place, address or hours. The service center's map link goes with
 * its address, so a note naming another place or address drops it.
 */
export function filingDesk(site: Pick<Site, 'serviceCenter' | 'agency' | 'address' | 'officeHours' | 'phone'>, note?: ProcedureNote): FilingDesk {
  const center = site.serviceCenter;
  const desk: FilingDesk = center
    ? { name: center.name, address: center.address, hours: center.hours ?? site.officeHours, phone: center.phone, mapUrl: center.mapUrl }
    : { name: site.agency, address: site.address, hours: site.officeHours, phone: site.phone };
  if (!note) return desk;
  const moved = note.place !== undefined || note.address !== undefined;
  return { ...desk, name: note.place ?? desk.name, address: note.address ?? desk.address, hours: note.hours ?? desk.hours, mapUrl: moved ? undefined : desk.mapUrl };
}

interface HasProcedure {
  data: Pick<Procedure, 'field' | 'name'>;
}

/** Fields in Vietnamese alphabetical order, procedures by name inside each. */
export function groupByField<T extends HasProcedure>(items: readonly T[]): { field: string; slug: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.data.field, [...(groups.get(item.data.field) ?? []), item]);
  return [...groups.entries()]
    .sort(([a], [b]) => compareVi(a, b))
    .map(([field, list]) => ({ field, slug: slugify(field), items: list.sort((a, b) => compareVi(a.data.name, b.data.name)) }));
}

/**
 * Up to this many procedures the index lists them all, by field; above it
 * the index lists the fields with their counts, each linking to its own page,
 * so a phone never loads 500 procedures at once.
 */
export const INDEX_INLINE_MAX = 60;

/**
 * The commonest commune procedures (civil status and certification, the
 * codes most public lists agree on, REFERENCE.md): shown first on the index
 * when site.yaml names no `popularProcedures`, those the commune has.
 */
export const DEFAULT_POPULAR = ['1.001193', '1.000894', '1.000656', '1.004873', '2.000635', '2.000815', '2.000884'] as const;

interface Listed {
  data: Pick<Procedure, 'field' | 'name' | 'code' | 'status'>;
}

/** The procedure index: most-used first, then fields with counts, inline or on pages of their own. */
export function procedureCatalogue<T extends Listed>(items: readonly T[], popularCodes?: readonly string[]) {
  const byCode = new Map(items.map((p) => [p.data.code, p]));
  const popular = (popularCodes ?? DEFAULT_POPULAR).map((code) => byCode.get(code)).filter((p): p is T => p !== undefined && isActive(p.data));
  return { popular, groups: groupByField(items), fieldPages: items.length > INDEX_INLINE_MAX };
}

const money = new Intl.NumberFormat('vi-VN');
type Fee = NonNullable<Procedure['fees']>[number];

/** "50.000 đồng" or "Miễn phí". */
export function formatAmount(amount: number): string {
  return amount === 0 ? 'Miễn phí' : `${money.format(amount)} đồng`;
}

/** "50.000 đồng", "Miễn phí" or the clerk's note when the amount varies. */
export function formatFee(fee: Fee): string {
  return fee.amount === undefined ? (fee.note ?? '') : formatAmount(fee.amount);
}

/** The fees with the free ones first: whether it costs anything is the first thing a citizen asks; otherwise the clerk's order. */
export function feesFreeFirst<F extends Pick<Fee, 'amount'>>(fees: readonly F[]): F[] {
  return [...fees.filter((f) => f.amount === 0), ...fees.filter((f) => f.amount !== 0)];
}

/**
 * The distinct amounts a citizen may pay, for a one-line answer: free first,
 * then from the smallest; null, last, for a fee whose amount varies.
 */
export function feeAmounts(fees: readonly Pick<Fee, 'amount'>[]): (number | null)[] {
  const amounts = [...new Set(fees.map((f) => f.amount ?? null))];
  return amounts.sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
}

/**
 * The usual case of a processing time, for a one-line answer: legal texts
 * put it first and the exceptions after a semicolon ("Ngay trong ngày tiếp
 * nhận hồ sơ; trường hợp …"). `more` says there are exceptions to read.
 */
export function usualCase(text: string): { usual: string; more: boolean } {
  const at = text.indexOf(';');
  if (at < 0) return { usual: text.trim(), more: false };
  return { usual: text.slice(0, at).trim(), more: text.slice(at + 1).trim() !== '' };
}

type Document = Procedure['cases'][number]['documents'][number];

/**
 * One original and no copy is what the schema assumes and what almost every
 * document asks: the checklist says it once, and names the count only of a
 * document that asks for something else.
 */
export function isOneOriginal(d: Pick<Document, 'originals' | 'copies'>): boolean {
  return d.originals === 1 && d.copies === 0;
}

/** Short list of how a citizen can submit, in the order they would try. */
export function channelLabels(p: Pick<Procedure, 'channels'>): string[] {
  const labels: string[] = [];
  if (isOnline(p)) labels.push(onlineLevels[p.channels.online]);
  if (p.channels.inPerson) labels.push(procedureUi.inPerson);
  if (p.channels.postal) labels.push(procedureUi.postal);
  return labels;
}

export function isActive(p: Pick<Procedure, 'status'>): boolean {
  return p.status.state !== 'abolished';
}

/** Parts of a procedure a citizen needs that may be unknown for one imported from the province's list alone. */
export const PROCEDURE_PARTS = ['documents', 'steps', 'processingTime', 'fees', 'applicants', 'agency', 'result', 'decision'] as const;
export type ProcedurePart = (typeof PROCEDURE_PARTS)[number];

type Partly = Partial<Pick<Procedure, 'cases' | 'processingTime' | 'fees' | 'applicants' | 'agency' | 'result' | 'decision'>>;
const blank = (s: string | undefined) => !s?.trim();

/**
 * What the procedure does not say yet, in PROCEDURE_PARTS order. Fees left out
 * are unknown (an empty list says "no fee"). Works on a written file's data as
 * well as on a parsed entry, so the importer and `check` agree.
 */
export function missingParts(p: Partly): ProcedurePart[] {
  const cases = p.cases ?? [];
  const has: Record<ProcedurePart, boolean> = {
    documents: cases.some((c) => (c.documents ?? []).length > 0),
    steps: cases.some((c) => (c.steps ?? []).some((s) => !blank(s))),
    processingTime: !blank(p.processingTime),
    fees: Array.isArray(p.fees),
    applicants: (p.applicants ?? []).some((a) => !blank(a)),
    agency: !blank(p.agency),
    result: !blank(p.result),
    decision: !blank(p.decision?.number),
  };
  return PROCEDURE_PARTS.filter((part) => !has[part]);
}
