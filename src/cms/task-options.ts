/**
 * The options of the task picker: every task of the commune's plans as they
 * stand when the site is built, each labelled with its plan's year, its id,
 * its lead unit and a short text, and stored as "YEAR/ID". A plan saved in
 * the CMS shows its tasks here once the pipeline has rebuilt the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taskOptionLabel } from '../i18n/cms.ts';
import { collection } from '../collections/registry.ts';
import { taskChoices } from '../lib/references.ts';
import { parseMarkdown } from '../readers/front-matter.ts';
import { entryFiles } from '../readers/entry-files.ts';
import { planSchema } from '../schemas/plan.ts';

export interface TaskOption {
  label: string;
  value: string;
}

/** Plans that do not pass their schema are left out; `check` reports them. */
export function taskOptions(contentDir: string): TaskOption[] {
  const plans = entryFiles(join(contentDir, collection('plans').folder)).flatMap((path) => {
    const parsed = parseMarkdown(readFileSync(path, 'utf8'));
    const plan = parsed && !parsed.syntaxError ? planSchema.safeParse(parsed.data) : undefined;
    return plan?.success ? [plan.data] : [];
  });
  return taskChoices(plans).map((choice) => ({ label: taskOptionLabel(choice), value: choice.value }));
}
