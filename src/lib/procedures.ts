/** Procedure helpers: grouping by field, fees, channels, the national portal link. */
import { onlineLevels, procedureUi } from '../i18n/vi.ts';
import type { Procedure } from '../schemas/procedure.ts';
import { compareVi } from './text.ts';

/** The national portal's page for a procedure code (REFERENCE.md). */
export function nationalPortalUrl(code: string): string {
  return `https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=${encodeURIComponent(code)}`;
}

export function portalUrlOf(p: Pick<Procedure, 'code' | 'portalUrl'>): string {
  return p.portalUrl ?? nationalPortalUrl(p.code);
}

interface HasProcedure {
  data: Pick<Procedure, 'field' | 'name'>;
}

/** Fields in Vietnamese alphabetical order, procedures by name inside each. */
export function groupByField<T extends HasProcedure>(items: readonly T[]): { field: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.data.field, [...(groups.get(item.data.field) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => compareVi(a, b)).map(([field, list]) => ({ field, items: list.sort((a, b) => compareVi(a.data.name, b.data.name)) }));
}

const money = new Intl.NumberFormat('vi-VN');

/** "50.000 đồng", "Miễn phí" or the clerk's note when the amount varies. */
export function formatFee(fee: NonNullable<Procedure['fees']>[number]): string {
  if (fee.amount === undefined) return fee.note ?? '';
  if (fee.amount === 0) return 'Miễn phí';
  return `${money.format(fee.amount)} đồng`;
}

/** Short list of how a citizen can submit, in the order they would try. */
export function channelLabels(p: Pick<Procedure, 'channels'>): string[] {
  const labels: string[] = [];
  if (p.channels.online !== 'none') labels.push(onlineLevels[p.channels.online]);
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

interface Desk {
  name: string;
  address: string;
  phone: string;
}

/** Where a citizen asks about a procedure: the service center, or the commune's office on a site without one. */
export function askDesk(site: { agency: string; address: string; phone: string; serviceCenter?: Desk | undefined }): Desk {
  return site.serviceCenter ?? { name: site.agency, address: site.address, phone: site.phone };
}
