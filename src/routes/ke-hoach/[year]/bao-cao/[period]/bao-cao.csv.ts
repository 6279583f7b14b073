/** The period report as CSV for Excel, beside its page (same model, same bytes as `npm run report`). */
import type { APIRoute } from 'astro';
import { reportCsv } from '../../../../../lib/report.ts';
import { reportOf, reportPaths, type ReportProps } from '../../../../../data/progress.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute<ReportProps> = async ({ props }) =>
  new Response(new TextEncoder().encode(reportCsv(await reportOf(props.entry, props.period))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
