/** How a cited document reads: "Luật Hộ tịch số 60/2014/QH13 của Quốc hội ngày 20/11/2014". */
import { formatDate, type IsoDate } from './dates.ts';

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
