/**
 * `cchc check`'s rule on site.yaml's `cms:` block: placeholders fail, so the
 * pipeline refuses a site whose /admin/ cannot sign in; no block at all only
 * warns (the CMS still edits a local folder). The build does not apply it, so
 * a fresh site made by `cchc init` still builds and previews on a computer.
 * A site.yaml that cannot be read is reported by validateContent, not here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cmsSignIn as m } from '../i18n/cms.ts';
import { cmsProblems, type CmsBlock, type CmsProblem } from '../lib/cms-signin.ts';
import type { Finding } from '../lib/validation-report.ts';
import { confinedFile } from '../readers/content-files.ts';
import { parseYaml } from '../readers/front-matter.ts';

function finding(problem: CmsProblem, file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Finding {
  switch (problem.kind) {
    case 'absent':
      return { severity: 'warning', file, field: 'cms', ...m.absent };
    case 'missing':
      return { severity: 'error', file, line: lineOf(['cms']), field: `cms.${problem.field}`, ...m.missingAppId };
    case 'placeholder':
      return {
        severity: 'error',
        file,
        line: lineOf(['cms', problem.field]),
        field: `cms.${problem.field}`,
        found: m.found(problem.value),
        ...m.placeholder[problem.field],
      };
  }
}

/** The findings on the `cms:` block of `contentDir`/site.yaml, file names relative to `projectRoot`. */
export function cmsSignInFindings(contentDir: string, projectRoot = process.cwd()): Finding[] {
  const path = join(contentDir, 'site.yaml');
  // A folder, or a link leading out of the content folder, is reported by validateContent.
  if (!existsSync(path) || !confinedFile(contentDir, contentDir, 'site.yaml').ok) return [];
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (parsed.syntaxError || typeof parsed.data !== 'object' || parsed.data === null) return [];
  const file = relative(projectRoot, path) || path;
  return cmsProblems((parsed.data as { cms?: CmsBlock }).cms).map((p) => finding(p, file, parsed.lineOf));
}
