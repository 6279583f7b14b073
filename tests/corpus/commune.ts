/**
 * A copy of the fixture commune with the edits of one or many corpus cases,
 * and, when cases put files in public/, a project folder holding that public/.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brokenCommune, type Edit } from '../support/broken-commune.ts';
import type { CorpusCase, CorpusEdit } from './cases.ts';

const isFileEdit = (e: CorpusEdit): e is Extract<CorpusEdit, { write: unknown } | { linkTo: string }> => 'write' in e || 'linkTo' in e;

/** Writes a file's bytes or makes a symbolic link at `path`, replacing what is there. */
function place(path: string, edit: Extract<CorpusEdit, { write: unknown } | { linkTo: string }>): void {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  if ('write' in edit) writeFileSync(path, edit.write);
  else symlinkSync(edit.linkTo, path);
}

export interface Commune {
  content: string;
  /** A project folder whose public/ holds the cases' public files; undefined when none has any. */
  projectRoot: string | undefined;
  remove(): void;
}

/** Text edits first, in order (they compose on one file), then written files and links. */
export function corpusCommune(cases: readonly CorpusCase[]): Commune {
  const edits = cases.flatMap((c) => c.edits);
  const content = brokenCommune(...edits.filter((e): e is Edit => !isFileEdit(e)));
  for (const edit of edits.filter(isFileEdit)) place(join(content, edit.file), edit);
  const publicFiles = cases.flatMap((c) => c.publicFiles ?? []);
  const projectRoot = publicFiles.length ? mkdtempSync(join(tmpdir(), 'cchc-corpus-project-')) : undefined;
  for (const edit of publicFiles) place(join(projectRoot!, 'public', edit.file), edit);
  return {
    content,
    projectRoot,
    remove: () => {
      for (const dir of [content, projectRoot]) if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
