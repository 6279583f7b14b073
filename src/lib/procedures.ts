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
export function formatFee(fee: Procedure['fees'][number]): string {
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
