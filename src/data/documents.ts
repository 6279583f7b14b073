/**
 * Guiding documents for pages: finding a document cited by number in a
 * plan's basis or a procedure's legal basis, what cites a document, the
 * groups by kind and issuer, and the attached PDF. Matching is in
 * src/lib/documents.ts.
 */
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { confinedFile } from '../readers/content-files.ts';
import { contentDir } from './site.ts';
import { documentKinds, type DocumentKind } from '../i18n/vi.ts';
import { citations, documentFinder, documentKey, type Citation } from '../lib/documents.ts';
import { compareVi, slugify } from '../lib/text.ts';
import { allDocuments, allPlans, allProcedures, type DocumentEntry, type PlanEntry, type ProcedureEntry } from './content.ts';

interface DocumentIndex {
  all: DocumentEntry[];
  find: (key: string, date?: string) => DocumentEntry | undefined;
}

let index: Promise<DocumentIndex> | undefined;

function documentIndex(): Promise<DocumentIndex> {
  index ??= (async () => {
    const all = await allDocuments();
    const find = documentFinder(all.map((entry) => ({ number: entry.data.number, date: entry.data.date, entry })));
    return { all, find: (key, date) => find(key, date)?.entry };
  })();
  return index;
}

/** Free text with every known document number as a link target. */
export async function citationsIn(text: string): Promise<Citation<DocumentEntry>[]> {
  const { find } = await documentIndex();
  return citations(text, find);
}

/** The entry for a reference with a number (and maybe a date), as in a procedure's legal basis. */
export async function documentFor(ref: { number: string; date?: string | undefined }): Promise<DocumentEntry | undefined> {
  const { find } = await documentIndex();
  return find(documentKey(ref.number), ref.date);
}

export interface Citing {
  plans: PlanEntry[];
  procedures: ProcedureEntry[];
}

/** The plans and procedures that cite a document. */
export async function citing(doc: DocumentEntry): Promise<Citing> {
  const { find } = await documentIndex();
  const [plans, procedures] = await Promise.all([allPlans(), allProcedures()]);
  const cites = (text: string) => citations(text, find).some((c) => c.doc?.id === doc.id);
  const refersTo = (ref: { number: string; date?: string | undefined }) => find(documentKey(ref.number), ref.date)?.id === doc.id;
  return {
    plans: plans.filter((p) => p.data.basis.some(cites)),
    procedures: procedures
      .filter((p) => p.data.legalBasis.some(refersTo) || (p.data.decision !== undefined && refersTo(p.data.decision)))
      .sort((a, b) => compareVi(a.data.name, b.data.name)),
  };
}

export interface KindGroup {
  kind: DocumentKind;
  label: string;
  items: DocumentEntry[];
}

/** Documents by kind, in the order of the kind table; only kinds that have documents. */
export function byKind(documents: readonly DocumentEntry[]): KindGroup[] {
  return (Object.keys(documentKinds) as DocumentKind[])
    .map((kind) => ({ kind, label: documentKinds[kind], items: documents.filter((d) => d.data.kind === kind) }))
    .filter((g) => g.items.length > 0);
}

export interface IssuerGroup {
  slug: string;
  /** The issuer as first written. */
  label: string;
  items: DocumentEntry[];
}

/** Documents by issuer, in Vietnamese alphabetical order; spellings that slug alike are one issuer. */
export function byIssuer(documents: readonly DocumentEntry[]): IssuerGroup[] {
  const groups = new Map<string, IssuerGroup>();
  for (const d of documents) {
    const slug = slugify(d.data.issuer);
    const group = groups.get(slug) ?? { slug, label: d.data.issuer, items: [] };
    group.items.push(d);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => compareVi(a.label, b.label));
}

export interface Attachment {
  /** Absolute path of the PDF in the content folder. */
  source: string;
  /** File name it is published under, without marks: "ke-hoach-31.pdf". */
  name: string;
  bytes: number;
}

/**
 * The PDF beside a document's Markdown file, if it has one. Read only
 * through the same gate validation passed it through (confinedFile), so a
 * path or link leading out of the content folder can never be copied into
 * the site, even if validation were skipped.
 */
export function attachmentOf(doc: DocumentEntry): Attachment | null {
  if (!doc.data.file || !doc.filePath) return null;
  const verdict = confinedFile(contentDir(), dirname(resolve(doc.filePath)), doc.data.file);
  if (!verdict.ok) throw new Error(`${doc.filePath}: file "${doc.data.file}" refused (${verdict.problem.kind}); run the content check`);
  const source = verdict.path;
  return { source, name: `${slugify(basename(doc.data.file).replace(/\.pdf$/i, '')) || 'van-ban'}.pdf`, bytes: statSync(source).size };
}
