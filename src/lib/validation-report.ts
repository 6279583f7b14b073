/**
 * A content finding and its Vietnamese rendering. Both the build and
 * `npm run check` report through here, so a clerk sees one wording.
 */
import { messages, reportWords, words } from '../i18n/validation.ts';

type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path relative to the project, e.g. content/news/tin-1.md */
  file: string;
  line?: number | undefined;
  /** Dotted field path, e.g. cover.alt or tasks.3.timing */
  field?: string | undefined;
  found?: string | undefined;
  expected: string;
  hint?: string | undefined;
}

/** The subset of a Zod issue we read; kept structural so src/lib needs no zod. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  keys?: readonly string[];
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Show what the clerk wrote, short and on one line. */
function describeFound(value: unknown): string {
  if (value === undefined) return words.nothing;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? words.notANumber : `${value < 0 ? '−' : ''}${words.infinite}`;
  const raw = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  const oneLine = raw.replace(/\s+/g, ' ');
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine;
}

export function findingsFromIssues(issues: readonly SchemaIssue[], file: string, lineOf: (path: readonly PropertyKey[]) => number | undefined): Finding[] {
  return issues.flatMap((issue): Finding[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { severity: 'error', file, line: lineOf(path), field: fieldPath(path), expected: messages.unknownField };
      });
    }
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return [
      {
        severity: 'error',
        file,
        line: lineOf(issue.path) ?? lineOf(issue.path.slice(0, -1)),
        field: fieldPath(issue.path),
        found: missing ? messages.missing : describeFound(issue.input),
        expected: issue.message,
      },
    ];
  });
}

const whereOf = (f: Finding) => (f.line ? `${f.file}:${f.line}` : f.file);

function formatFinding(f: Finding): string {
  const label = f.severity === 'error' ? words.error : words.warning;
  const lines = [`${label}  ${whereOf(f)}`];
  if (f.field) lines.push(`  ${words.field}: ${f.field}`);
  if (f.found !== undefined) lines.push(`  ${words.found}: ${f.found}`);
  lines.push(`  ${words.expected}: ${f.expected}`);
  if (f.hint) lines.push(`  ${words.hint}: ${f.hint}`);
  return lines.join('\n');
}

/** Findings of one file together, the files in the order they were first met. */
function byFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.file, [...(groups.get(f.file) ?? []), f]);
  return [...groups.values()];
}

/**
 * The errors first, each file's together; then the warnings under a heading,
 * grouped by file, so the one error that stops the build is not buried.
 */
export function formatReport(findings: readonly Finding[]): string {
  const blocks = byFile(errorsIn(findings)).flat().map(formatFinding);
  const warnings = byFile(findings.filter((f) => f.severity === 'warning'));
  if (warnings.length) blocks.push(reportWords.warnings(warnings.flat().length));
  for (const group of warnings) blocks.push(reportWords.warningsOf(group[0]!.file, group.length), ...group.map(formatFinding));
  return blocks.join('\n\n');
}

/** The sentence that points at the first error of a report, or '' when there is none. */
export function firstErrorLine(findings: readonly Finding[]): string {
  const first = byFile(errorsIn(findings))[0]?.[0];
  return first ? reportWords.firstError(whereOf(first), first.field) : '';
}

export function errorsIn(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
