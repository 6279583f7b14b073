/**
 * `check`'s verdict on corpus cases, in-process: the very function the build
 * runs before Astro starts (src/integrations/cchc.ts calls validateContent on
 * the content folder and stops on any error), so what it refuses the build
 * refuses, with the same findings. tests/build/corpus.test.ts also builds.
 */
import { relative, resolve, sep } from 'node:path';
import type { Finding } from '../../src/lib/validation-report.ts';
import { validateContent } from '../../src/validation/validate-content.ts';
import type { Commune } from './commune.ts';

/** The build date the build tests use (tests/support/build.ts). */
const TODAY = '2024-06-30';

export interface Verdict {
  findings: Finding[];
  errors: Finding[];
  ms: number;
  /** A finding's file relative to the content folder, or, for public/ files, to the project. */
  where(finding: Finding): string;
}

export async function verdictOf(commune: Commune): Promise<Verdict> {
  const root = commune.projectRoot ?? process.cwd();
  const started = performance.now();
  // Awaited whether validateContent is synchronous or not.
  const { findings } = await validateContent(commune.content, { projectRoot: root, today: TODAY });
  const ms = performance.now() - started;
  const where = (f: Finding) => {
    const abs = resolve(root, f.file);
    return (abs.startsWith(commune.content + sep) ? relative(commune.content, abs) : relative(root, abs)).split(sep).join('/');
  };
  return { findings, errors: findings.filter((f) => f.severity === 'error'), ms, where };
}
