/** The period report as JSON, for a district collecting reports from many communes. */
import type { APIRoute } from 'astro';
import { reportJson } from '../../../../../lib/report.ts';
import { reportOf, reportPaths, type ReportProps } from '../../../../../data/progress.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute<ReportProps> = async ({ props }) =>
  new Response(reportJson(await reportOf(props.entry, props.period)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
