/**
 * Rules that span files, which no single schema can see: unique procedure
 * codes and plan years, task references that resolve, images that exist,
 * and two files that would publish at the same address.
 */
import { expected, messages } from '../i18n/validation.ts';
import { paths } from './paths.ts';
import type { Finding } from './validation-report.ts';

const ADDRESS = { procedures: paths.procedure, news: paths.newsItem, commendations: paths.commendation, events: paths.event } as const;

export interface CheckedEntry {
  collection: 'plans' | 'procedures' | 'news' | 'commendations' | 'events';
  file: string;
  /** The address segment the file publishes under (slug or year). */
  slug: string;
  data: Record<string, unknown>;
  /** Line of a top-level field in the file, for messages. */
  lineOf: (field: string) => number | undefined;
}

export interface ImageRef {
  file: string;
  field: string;
  /** Path as written by the clerk, resolved against the Markdown file. */
  resolved: string;
  written: string;
  line?: number | undefined;
}

function firstOwner<K>(owners: Map<K, CheckedEntry>, key: K, entry: CheckedEntry): CheckedEntry | undefined {
  const other = owners.get(key);
  if (!other) owners.set(key, entry);
  return other;
}

export function crossCheck(entries: readonly CheckedEntry[]): Finding[] {
  const findings: Finding[] = [];
  const codes = new Map<string, CheckedEntry>();
  const years = new Map<number, CheckedEntry>();
  const urls = new Map<string, CheckedEntry>();
  const tasks = new Set<string>();

  // Plans publish by year; two plans of one year are reported below instead.
  for (const entry of entries.filter((e) => e.collection !== 'plans')) {
    const url = ADDRESS[entry.collection as Exclude<CheckedEntry['collection'], 'plans'>](entry.slug);
    const other = firstOwner(urls, url, entry);
    if (other) {
      findings.push({
        severity: 'error',
        file: entry.file,
        expected: messages.duplicateUrl(url, other.file),
        hint: 'Đổi tên một trong hai tệp.',
      });
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'procedures')) {
    const code = String(entry.data.code);
    const other = firstOwner(codes, code, entry);
    if (other) {
      findings.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf('code'),
        field: 'code',
        found: code,
        expected: `một mã chưa dùng ở tệp khác; ${messages.duplicateCode(code, other.file)}`,
      });
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'plans')) {
    const year = Number(entry.data.year);
    const other = firstOwner(years, year, entry);
    if (other) {
      findings.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf('year'),
        field: 'year',
        found: String(year),
        expected: `mỗi năm chỉ một kế hoạch; ${messages.duplicateYear(year, other.file)}`,
      });
    }
    const seen = new Set<string>();
    for (const task of (entry.data.tasks as { id: string }[] | undefined) ?? []) {
      if (seen.has(task.id)) {
        findings.push({ severity: 'error', file: entry.file, line: entry.lineOf('tasks'), field: 'tasks', found: task.id, expected: messages.duplicateTaskId(task.id) });
      }
      seen.add(task.id);
      tasks.add(`${year}/${task.id}`);
    }
  }

  for (const entry of entries.filter((e) => e.collection === 'news' || e.collection === 'commendations' || e.collection === 'events')) {
    const ref = entry.data.task as string | undefined;
    const date = entry.data.date as string | undefined;
    if (ref && tasks.has(ref) && date && !date.startsWith(`${ref.split('/')[0]}-`) && !entry.data.draft) {
      findings.push({
        severity: 'warning',
        file: entry.file,
        line: entry.lineOf('date'),
        field: 'date',
        found: date,
        expected: messages.taskOutsideYear(ref),
      });
    }
    if (ref && !tasks.has(ref)) {
      findings.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf('task'),
        field: 'task',
        found: `"${ref}"`,
        expected: `${expected.taskRef}; ${messages.danglingTask(ref)}`,
        hint: 'Mở tệp kế hoạch của năm đó (content/plans/) để xem danh sách mã nhiệm vụ.',
      });
    }
  }
  return findings;
}

export function checkImages(refs: readonly ImageRef[], exists: (path: string) => boolean): Finding[] {
  return refs
    .filter((ref) => !exists(ref.resolved))
    .map((ref) => ({
      severity: 'error' as const,
      file: ref.file,
      line: ref.line,
      field: ref.field,
      found: `"${ref.written}"`,
      expected: `đường dẫn tới một tệp ảnh có thật, tính từ thư mục của bài viết; ${messages.missingImage(ref.written)}`,
      hint: 'Đặt ảnh vào thư mục images/ cạnh bài viết và ghi src: ./images/ten-anh.jpg',
    }));
}

/** Every page address the content will publish (without base), for link checks. */
export function sitePaths(entries: readonly CheckedEntry[], staticPaths: readonly string[]): Set<string> {
  const pages = new Set(staticPaths);
  for (const entry of entries) {
    if (entry.collection === 'plans') pages.add(paths.plan(Number(entry.slug)));
    else if (entry.collection in ADDRESS) pages.add(ADDRESS[entry.collection as keyof typeof ADDRESS](entry.slug));
    for (const topic of (entry.data.topics as string[] | undefined) ?? []) pages.add(paths.topic(topic));
  }
  return pages;
}
