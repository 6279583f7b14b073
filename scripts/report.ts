#!/usr/bin/env node
/**
 * npm run report -- --period 2024-Q2 [--content DIR] [--out DIR] [--today 2024-06-30]
 *
 * Writes a period report (quý: 2024-Q1…Q4, 6 tháng: 2024-H1, năm: 2024) as
 * CSV and JSON without building the site. It reads the content with the
 * validation module (no Astro) and computes with the same src/lib code as
 * the report pages, so the files equal the ones the build publishes at
 * /ke-hoach/<năm>/bao-cao/<kỳ>/. "Today" is the date in Asia/Ho_Chi_Minh,
 * or --today / CCHC_TODAY to rebuild a past report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, loadSite } from '../src/data/site.ts';
import { today } from '../src/data/today.ts';
import { formatDate } from '../src/lib/dates.ts';
import { documentPlanItem } from '../src/lib/documents.ts';
import { errorsIn, formatReport } from '../src/lib/validation-report.ts';
import { parsePeriodCode, planProgress, toPlanItem, type ItemKind, type PlanItem } from '../src/lib/progress.ts';
import { periodReport, reportCsv, reportFileName, reportJson } from '../src/lib/report.ts';
import type { Plan } from '../src/schemas/plan.ts';
import { validateContent } from '../src/validation/validate-content.ts';

const USAGE = 'Cách dùng: npm run report -- --period 2024-Q2   (quý: 2024-Q1 … 2024-Q4; 6 tháng: 2024-H1; năm: 2024)';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function args() {
  try {
    return parseArgs({
      options: { period: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' }, today: { type: 'string' } },
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}
const values = args();
if (values.content) process.env.CCHC_CONTENT_DIR = values.content;
if (values.today) process.env.CCHC_TODAY = values.today;
if (!values.period) fail(`Thiếu kỳ báo cáo.\n${USAGE}`);
const period = parsePeriodCode(values.period);
if (!period) fail(`Kỳ báo cáo "${values.period}" không đúng dạng.\n${USAGE}`);

function buildDate(): string {
  try {
    return today();
  } catch (error) {
    return fail((error as Error).message);
  }
}
const now = buildDate();
const dir = contentDir();
const { findings, entries } = validateContent(dir, { today: now });
const errors = errorsIn(findings);
if (errors.length) fail(`${formatReport(errors)}\n\nKhông lập được báo cáo: nội dung có ${errors.length} lỗi. Sửa các lỗi trên rồi chạy lại.`);

const plan = entries.find((e) => e.collection === 'plans' && Number(e.slug) === period.year)?.data as Plan | undefined;
if (!plan) fail(`Không có kế hoạch năm ${period.year} trong ${relative(process.cwd(), join(dir, 'plans')) || dir}.`);

const items = [
  ...entries
    .filter((e) => e.collection === 'news' || e.collection === 'events' || e.collection === 'commendations')
    .map((e) => toPlanItem(e.collection as ItemKind, e.slug, e.data as Parameters<typeof toPlanItem>[2])),
  ...entries.filter((e) => e.collection === 'documents').map((e) => documentPlanItem(e.slug, e.data as Parameters<typeof documentPlanItem>[1])),
].filter((i): i is PlanItem => i !== null);

const site = loadSite(dir);
const report = periodReport(site, plan, planProgress(plan, items, now), period);
const out = resolve(values.out ?? 'bao-cao');
mkdirSync(out, { recursive: true });
for (const [ext, text] of [['csv', reportCsv(report)], ['json', reportJson(report)]] as const) {
  const file = join(out, reportFileName(site, report, ext));
  writeFileSync(file, text);
  console.log(`Đã ghi ${relative(process.cwd(), file)}`);
}
const behind = report.tasks.filter((t) => t.status === 'behind' || t.status === 'overdue').length;
console.log(`${report.period.label}, số liệu đến ngày ${formatDate(report.asOf)}: ${report.tasks.length} nhiệm vụ, ${behind} chậm tiến độ hoặc quá hạn.`);
