/**
 * A content finding and its Vietnamese rendering. Both the build and
 * `npm run check` report through here, so a clerk sees one wording.
 */
import { messages, words } from '../i18n/validation.ts';

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

function formatFinding(f: Finding): string {
  const label = f.severity === 'error' ? 'LỖI' : 'CẢNH BÁO';
  const where = f.line ? `${f.file}:${f.line}` : f.file;
  const lines = [`${label}  ${where}`];
  if (f.field) lines.push(`  ${words.field}: ${f.field}`);
  if (f.found !== undefined) lines.push(`  ${words.found}: ${f.found}`);
  lines.push(`  ${words.expected}: ${f.expected}`);
  if (f.hint) lines.push(`  Gợi ý: ${f.hint}`);
  return lines.join('\n');
}

export function formatReport(findings: readonly Finding[]): string {
  return findings.map(formatFinding).join('\n\n');
}

export function errorsIn(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
