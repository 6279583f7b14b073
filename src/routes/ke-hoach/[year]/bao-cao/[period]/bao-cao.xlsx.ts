/** The period report's annex as an Excel workbook: the CSV's rows and numbers on one sheet. */
import type { APIRoute } from 'astro';
import { reportOf, reportPaths, type ReportProps } from '../../../../../data/progress.ts';
import { reportXlsx } from '../../../../../writers/report-xlsx.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute<ReportProps> = async ({ props }) =>
  new Response(new Uint8Array(await reportXlsx(await reportOf(props.entry, props.period))), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
