/** The period report as a Word document the clerk edits, prints and signs (same parts as the page). */
import type { APIRoute } from 'astro';
import { reportDocumentOf, reportPaths, type ReportProps } from '../../../../../data/progress.ts';
import { reportDocx } from '../../../../../writers/report-docx.ts';

export const getStaticPaths = reportPaths;

export const GET: APIRoute<ReportProps> = async ({ props }) => {
  const { report, doc, narrative } = await reportDocumentOf(props.entry, props.period);
  return new Response(new Uint8Array(await reportDocx(report, doc, narrative?.body ?? null)), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
