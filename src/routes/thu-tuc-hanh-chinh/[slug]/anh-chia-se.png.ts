/**
 * A procedure's share image: its name, the fee, the time, online or not and
 * the commune, drawn at build time (src/data/share-image.ts) and kept by its
 * content, so a rebuild draws only the procedures that changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareTextOf } from '../../../lib/share-image.ts';
import { procedureCardFacts } from '../../../lib/description.ts';
import { allProcedures, type ProcedureEntry, pagesFor } from '../../../data/content.ts';
import { loadSite } from '../../../data/site.ts';
import { renderShareImage } from '../../../data/share-image.ts';
import { shareUi } from '../../../i18n/vi.ts';

export const getStaticPaths = (async () => pagesFor(await allProcedures())) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ProcedureEntry }> = ({ props }) => {
  const p = props.entry.data;
  const png = renderShareImage(shareTextOf(loadSite(), p.name, shareUi.procedureKicker, procedureCardFacts(p)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
