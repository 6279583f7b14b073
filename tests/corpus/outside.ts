/**
 * Files outside every content folder, each carrying a marker that must never
 * appear in a built site or a report: a content file may name them (../,
 * an absolute path, a symbolic link) but the site may never publish them.
 * Content copies are made in the system's temporary folder, so from a copy's
 * collection folder the outside folder is always ../../cchc-corpus-outside/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVER_JPEG, pdf } from './bytes.ts';

export const OUTSIDE = join(tmpdir(), 'cchc-corpus-outside');
/** Text no content file, template or dependency would ever hold. */
export const MARKER = 'CCHC-CORPUS-SECRET-5b0e7c1d';
export const SECRET_PDF = 'secret-CCHC-CORPUS.pdf';
export const SECRET_JPEG = 'secret-CCHC-CORPUS.jpg';
export const SECRET_TEXT = 'secret-CCHC-CORPUS.md';
/** The outside folder, as written in a file of a collection folder of a content copy. */
export const FROM_COLLECTION = '../../cchc-corpus-outside';

/** Writes the outside files (idempotent: every test file that needs them calls it). */
export function plantOutside(): void {
  mkdirSync(OUTSIDE, { recursive: true });
  writeFileSync(join(OUTSIDE, SECRET_PDF), pdf(MARKER));
  // A real photo with the marker in a comment after its end: a copy as it is would carry it.
  writeFileSync(join(OUTSIDE, SECRET_JPEG), Buffer.concat([COVER_JPEG, Buffer.from(MARKER)]));
  writeFileSync(
    join(OUTSIDE, SECRET_TEXT),
    `---\ntitle: ${MARKER}\ndate: "2024-01-22"\nsummary: ${MARKER}\ntopics:\n  - cai-cach-thu-tuc-hanh-chinh\n---\n\n${MARKER}\n`,
  );
}
