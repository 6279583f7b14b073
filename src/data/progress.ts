/**
 * Plan progress and period reports for pages: the published news, events
 * and commendations as plan items, measured on the build date. The
 * computing is in src/lib/progress.ts and src/lib/report.ts, shared with
 * `npm run report`.
 */
import { documentPlanItem } from '../lib/documents.ts';
import { allCommendations, allDocuments, allEvents, allNews, allPlans, reportNarrative, type PlanEntry, type ReportNarrativeEntry } from './content.ts';
import { loadSite } from './site.ts';
import { today } from './today.ts';
import { PERIOD_SLUGS, periodsOf, planProgress, toPlanItem, type Period, type PlanItem, type PlanProgress } from '../lib/progress.ts';
import { periodReport, type PeriodReport } from '../lib/report.ts';
import { planTasks, type PlanTask } from '../lib/plans.ts';
import { reportDocument, type ReportDocument } from '../lib/report-document.ts';
import { taskSlug } from '../lib/paths.ts';
import type { Page } from '../lib/pagination.ts';
import { newestItems, taskItemPages } from '../lib/task-items.ts';
import { keyedByContent } from './page-keys.ts';

let items: Promise<PlanItem[]> | undefined;

/** Every published item that points at a plan task. */
function planItems(): Promise<PlanItem[]> {
  items ??= (async () => {
    const [news, events, commendations, documents] = await Promise.all([allNews(), allEvents(), allCommendations(), allDocuments()]);
    return [
      ...news.map((n) => toPlanItem('news', n.id, n.data)),
      ...events.map((e) => toPlanItem('events', e.id, e.data)),
      ...commendations.map((c) => toPlanItem('commendations', c.id, c.data)),
      ...documents.map((d) => documentPlanItem(d.id, d.data)),
    ].filter((i): i is PlanItem => i !== null);
  })();
  return items;
}

export async function progressOf(plan: PlanEntry): Promise<PlanProgress<PlanTask>> {
  return planProgress({ year: plan.data.year, tasks: planTasks(plan.data) }, await planItems(), today());
}

export async function reportOf(plan: PlanEntry, period: Period): Promise<PeriodReport> {
  return periodReport(loadSite(), plan.data, await progressOf(plan), period);
}

/** A period report as a document: the figures, the clerk's narrative (Markdown body) if written, and the parts both make. */
export async function reportDocumentOf(plan: PlanEntry, period: Period): Promise<{ report: PeriodReport; doc: ReportDocument; narrative: ReportNarrativeEntry | null }> {
  const report = await reportOf(plan, period);
  const narrative = await reportNarrative(plan.data.year, PERIOD_SLUGS[period.key]);
  return { report, doc: reportDocument(report, narrative?.data ?? null), narrative };
}

export interface ReportProps {
  entry: PlanEntry;
  period: Period;
}

/** Static paths of the report page and its CSV, JSON, XLSX and DOCX: every plan × quý I–IV, 6 tháng, năm. */
export async function reportPaths() {
  return keyedByContent(
    (await allPlans()).flatMap((entry) =>
      periodsOf(entry.data.year).map((period) => ({
        params: { year: String(entry.data.year), period: PERIOD_SLUGS[period.key] },
        props: { entry, period } satisfies ReportProps,
      })),
    ),
  );
}

type TaskProgressOf = PlanProgress<PlanTask>['tasks'][number];

export interface TaskPageProps {
  entry: PlanEntry;
  progress: TaskProgressOf;
  today: PlanProgress['today'];
  page: Page<TaskProgressOf['items'][number]>;
}

/**
 * Every page of every task's items (src/lib/task-items.ts), page 1 at
 * /ke-hoach/<year>/nhiem-vu/<task>/ and the rest under trang/N/, as the
 * news list is split; only for a task with more items than its plan row
 * shows (newestItems), the only tasks the plan and report pages link to.
 */
export async function taskPagePaths(): Promise<{ params: { year: string; task: string; page?: string }; props: TaskPageProps }[]> {
  const plans = await allPlans();
  const all = await Promise.all(plans.map(async (entry) => ({ entry, progress: await progressOf(entry) })));
  const paths = all.flatMap(({ entry, progress }) =>
    progress.tasks.flatMap((task) =>
      (newestItems(task.items).more > 0 ? taskItemPages(task.items) : []).map((page) => ({
        params: { year: String(entry.data.year), task: taskSlug(task.task.id), ...(page.number > 1 ? { page: String(page.number) } : {}) },
        props: { entry, progress: task, today: progress.today, page },
      })),
    ),
  );
  return keyedByContent(paths);
}
