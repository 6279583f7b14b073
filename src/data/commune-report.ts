/**
 * A commune's period reports read straight from its content folder, without
 * Astro: the validation pass reads the files, src/lib computes. `cchc report`
 * and the provincial hub's progress board (src/data/hub.ts) both call it, and
 * the commune's report pages compute with the same src/lib functions
 * (src/data/progress.ts), so the hub's figures are the commune's own.
 */
import { documentPlanItem } from '../lib/documents.ts';
import type { IsoDate } from '../lib/dates.ts';
import { planTasks } from '../lib/plans.ts';
import { ITEM_KINDS, PERIOD_SLUGS, planProgress, toPlanItem, type ItemKind, type Period, type PlanItem } from '../lib/progress.ts';
import { periodReport, type PeriodReport } from '../lib/report.ts';
import { errorsIn, type Finding } from '../lib/validation-report.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Site } from '../schemas/site.ts';
import type { Settings } from '../settings/settings.ts';
import { validateContent, type SharedReads } from '../validation/validate-content.ts';
import { loadSite } from './site.ts';

export interface CommuneContent {
  kind: 'content';
  site: Site;
  plans: Plan[];
  items: PlanItem[];
  /** Ids of the clerk's report narratives: "2026-quy-2" (reports/<year>-<period>.md). */
  narratives: Set<string>;
  today: IsoDate;
}

export interface ReadRequest {
  contentDir: string;
  today: IsoDate;
  /** The province folder of a province repository; by default the one the content lies in. */
  provinceDir?: string | undefined;
  /** The address the commune is published at (a province's /<slug>/); by default site.yaml's and the settings'. */
  address?: Pick<Settings, 'siteUrl' | 'base'>;
  /** The province's shared files as read for other communes (validateContent's sharedReads). */
  sharedReads?: SharedReads;
}

/** The commune's plans and plan items, once validated; its errors when its content does not pass. */
export async function readCommuneContent({ contentDir, today, address, ...options }: ReadRequest): Promise<CommuneContent | { kind: 'errors'; errors: Finding[] }> {
  const { findings, entries } = await validateContent(contentDir, { today, ...options });
  const errors = errorsIn(findings);
  if (errors.length) return { kind: 'errors', errors };
  const items = entries
    .filter((e) => (ITEM_KINDS as readonly string[]).includes(e.collection))
    .map((e) =>
      e.collection === 'documents'
        ? documentPlanItem(e.slug, e.data as Parameters<typeof documentPlanItem>[1])
        : toPlanItem(e.collection as ItemKind, e.slug, e.data as Parameters<typeof toPlanItem>[2]),
    )
    .filter((i): i is PlanItem => i !== null);
  return {
    kind: 'content',
    site: loadSite(contentDir, address),
    plans: entries.filter((e) => e.collection === 'plans').map((e) => e.data as Plan),
    items,
    narratives: new Set(entries.filter((e) => e.collection === 'reports').map((e) => e.slug)),
    today,
  };
}

/** The report of `period` as the commune's build publishes it, and whether its narrative is written; or no plan for that year. */
export function communePeriodReport(content: CommuneContent, period: Period): { kind: 'report'; report: PeriodReport; narrative: boolean } | { kind: 'no-plan' } {
  const plan = content.plans.find((p) => p.year === period.year);
  if (!plan) return { kind: 'no-plan' };
  const report = periodReport(content.site, plan, planProgress({ year: plan.year, tasks: planTasks(plan) }, content.items, content.today), period);
  // As src/data/content.ts reportNarrative() finds it.
  return { kind: 'report', report, narrative: content.narratives.has(`${period.year}-${PERIOD_SLUGS[period.key]}`) };
}
