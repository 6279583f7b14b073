/**
 * A period report as an administrative document (báo cáo, in the layout of
 * Nghị định 30/2020/NĐ-CP): issuing body beside the national motto, number,
 * place and date, the kind and subject, the recipient, an opening and the
 * generated summary, the clerk's narrative, "Nơi nhận" and the signer, then
 * the generated tables as an annex (Phụ lục). One model for the page, its A4
 * print and the DOCX, so the three say the same. Pure: the narrative's body
 * stays Markdown here; the page renders it with Astro, the DOCX writer
 * from the same Markdown tree.
 */
import { planUi, progressStatus, progressUi, reportDocUi as t, reportUi } from '../i18n/vi.ts';
import type { ReportNarrative } from '../schemas/report-narrative.ts';
import { formatDate, parts, type IsoDate } from './dates.ts';
import { STATUSES } from './progress.ts';
import { progressFigure, type PeriodReport } from './report.ts';

/** A day or month of a document's date line: 01–09 for days, 01 and 02 for January and February (NĐ 30/2020, Phụ lục I). */
const padDay = (n: number) => String(n).padStart(2, '0');
const padMonth = (n: number) => (n <= 2 ? padDay(n) : String(n));

/** "Hòa An, ngày 30 tháng 6 năm 2026"; "…, ngày 05 tháng 02 năm 2026". */
export function documentDateLine(place: string, date: IsoDate): string {
  const { year, month, day } = parts(date);
  return t.dateLine(place, padDay(day), padMonth(month), year);
}

/** The subject line under "BÁO CÁO": the clerk's own, or "Kết quả thực hiện Kế hoạch tuyên truyền CCHC quý II năm 2026". */
export function reportSubject(report: Pick<PeriodReport, 'period'>, narrative?: Pick<ReportNarrative, 'subject'> | null): string {
  return narrative?.subject || t.subject(report.period.label);
}

interface ReportSigner {
  /** "KT. CHỦ TỊCH", or null when signed in one's own title. */
  authority: string | null;
  title: string;
  name: string;
}

export interface ReportDocument {
  /** The issuing body, upper case ("ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN"). */
  issuer: string;
  motto: readonly [string, string];
  number: string;
  dateLine: string;
  kind: string;
  subject: string;
  recipient: string;
  opening: string;
  counting: string;
  summary: string;
  /** False when the clerk has not written the period's narrative yet. */
  written: boolean;
  recipients: string[];
  /** Null until the narrative names one: the page and DOCX leave the space to sign. */
  signer: ReportSigner | null;
  annexTitle: string;
  annexOf: string;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');

/**
 * The document's parts. Without a narrative the number and date are left
 * blank to fill in, the recipient of the report is the only "Nơi nhận"
 * besides the archive, and the signer is left to sign.
 */
export function reportDocument(report: PeriodReport, narrative: ReportNarrative | null): ReportDocument {
  // The place of the date line is the unit's own name ("Hòa An"), unless the clerk writes another.
  const place = narrative?.place || report.commune.name;
  const counts = STATUSES.filter((s) => report.summary[s] > 0)
    .map((s) => progressUi.statusCount(report.summary[s], progressStatus[s]))
    .join('; ');
  return {
    issuer: upper(report.commune.agency),
    motto: t.motto,
    number: narrative ? t.number(narrative.number) : t.blankNumber,
    dateLine: narrative ? documentDateLine(place, narrative.date) : t.blankDateLine(place),
    kind: t.kind,
    subject: reportSubject(report, narrative),
    recipient: t.recipient(report.commune.reportsTo),
    opening: t.opening(report.plan.number, formatDate(report.plan.issued), report.commune.agency, report.plan.title, report.period.label),
    counting: t.counting(formatDate(report.asOf)),
    summary: report.tasks.length === 0 ? reportUi.noTasks : t.summary(report.tasks.length, counts),
    written: narrative !== null,
    recipients: narrative?.recipients ?? [report.commune.reportsTo, 'Lưu: VT'],
    signer: narrative
      ? { authority: narrative.signer.authority ? upper(narrative.signer.authority) : null, title: upper(narrative.signer.title), name: narrative.signer.name }
      : null,
    annexTitle: t.annexTitle(report.period.label),
    annexOf: t.annexOf(narrative?.number ?? null, narrative ? formatDate(narrative.date) : null),
  };
}

/** Column headings of the annex table, in order (the cells are annexCells'). */
export const annexColumns = [
  planUi.taskNo,
  planUi.content,
  reportUi.target,
  reportUi.doneInPeriod,
  reportUi.counted,
  reportUi.behindColumn,
  reportUi.yearShortColumn,
  reportUi.status,
] as const;

/**
 * One task's row of the annex, as text: the same cells on the page, on
 * paper and in the DOCX. Figures the period does not measure read "–".
 */
export function annexCells(task: PeriodReport['tasks'][number]): string[] {
  const figure = (n: number | null) => (n === null ? '–' : String(n));
  return [
    task.id,
    task.content,
    task.targetLabel ?? '–',
    String(task.done),
    progressFigure({ ...task, target: task.needed }) ?? '–',
    figure(task.behind),
    figure(task.yearShort),
    task.statusLabel,
  ];
}

/** An activity recorded without a post, as one line: "15/05/2026 – Sự kiện: …". */
export function unpostedLine(item: PeriodReport['unposted'][number]): string {
  return `${formatDate(item.date)} – ${item.kindLabel}: ${item.title}`;
}
