/** A document's attached PDF, copied from the content folder into the site at /van-ban/<slug>/<file>.pdf. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { allDocuments, type DocumentEntry } from '../../../data/content.ts';
import { attachmentOf } from '../../../data/documents.ts';
import { keyedByContent } from '../../../data/page-keys.ts';

export async function getStaticPaths() {
  return keyedByContent(
    (await allDocuments()).flatMap((entry) => {
      const file = attachmentOf(entry);
      return file ? [{ params: { slug: entry.id, file: file.name }, props: { entry } }] : [];
    }),
  );
}

export const GET: APIRoute<{ entry: DocumentEntry }> = ({ props }) => {
  const file = attachmentOf(props.entry)!;
  return new Response(readFileSync(file.source), { headers: { 'Content-Type': 'application/pdf' } });
};
