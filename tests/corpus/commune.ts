/**
 * A copy of the fixture commune with the edits of one or many corpus cases
 * (tests/support/broken-commune.ts applies them in order), and, when cases
 * put files in public/, a project folder holding that public/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brokenCommune } from '../support/broken-commune.ts';
import type { CorpusCase } from './cases.ts';

export interface Commune {
  content: string;
  /** A project folder whose public/ holds the cases' public files; undefined when none has any. */
  projectRoot: string | undefined;
  remove(): void;
}

export function corpusCommune(cases: readonly CorpusCase[]): Commune {
  const content = brokenCommune(...cases.flatMap((c) => c.edits));
  const publicFiles = cases.flatMap((c) => c.publicFiles ?? []);
  const projectRoot = publicFiles.length ? mkdtempSync(join(tmpdir(), 'cchc-corpus-project-')) : undefined;
  for (const { file, write } of publicFiles) {
    const path = join(projectRoot!, 'public', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write);
  }
  return {
    content,
    projectRoot,
    remove: () => {
      for (const dir of [content, projectRoot]) if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
