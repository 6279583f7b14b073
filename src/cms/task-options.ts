/**
 * The options of the pickers built from the commune's plans as they stand
 * when the site is built: every task, labelled with its plan's year, its id,
 * its lead unit and a short text, and stored as "YEAR/ID"; and every unit the
 * plans name, for the unit an item comes from. A plan saved in the CMS shows
 * here once the pipeline has rebuilt the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { taskOptionLabel } from '../i18n/cms.ts';
import { collection } from '../collections/registry.ts';
import { planUnits } from '../lib/plans.ts';
import { taskChoices } from '../lib/references.ts';
import { parseMarkdown } from '../readers/front-matter.ts';
import { entryFiles } from '../readers/entry-files.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';

export interface TaskOption {
  label: string;
  value: string;
}

/** Plans that do not pass their schema are left out; `check` reports them. */
function validPlans(contentDir: string): Plan[] {
  return entryFiles(join(contentDir, collection('plans').folder)).flatMap((path) => {
    const parsed = parseMarkdown(readFileSync(path, 'utf8'));
    const plan = parsed && !parsed.syntaxError ? planSchema.safeParse(parsed.data) : undefined;
    return plan?.success ? [plan.data] : [];
  });
}

export function planOptions(contentDir: string): { tasks: TaskOption[]; units: string[] } {
  const plans = validPlans(contentDir);
  return { tasks: taskChoices(plans).map((choice) => ({ label: taskOptionLabel(choice), value: choice.value })), units: planUnits(plans) };
}
