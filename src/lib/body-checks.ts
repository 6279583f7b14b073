/**
 * Checks on the Markdown body of a clerk's file: raw HTML that could run
 * script, text mangled by legacy encodings, and links that lead nowhere.
 * Pure: the caller supplies which addresses and files exist.
 */
import { bodyMessages } from '../i18n/validation.ts';
import { looksLikeLegacyEncoding } from './text.ts';
import type { Finding } from './validation-report.ts';

export interface Body {
  file: string;
  text: string;
  /** Line in the file where the body starts. */
  firstLine: number;
  /** Absolute folder of the file, for relative links. */
  dir: string;
}

const UNSAFE: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: '<script>' },
  { pattern: /<\s*iframe\b/i, what: '<iframe>' },
  { pattern: /<\s*(?:object|embed)\b/i, what: '<object>/<embed>' },
  { pattern: /<[^>]+\son[a-z]+\s*=/i, what: 'thuộc tính on…= (ví dụ onclick)' },
  { pattern: /(?:\]\(\s*|href\s*=\s*["']?\s*)javascript:/i, what: 'liên kết javascript:' },
];

const MD_LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href\s*=\s*"([^"]+)"/g;

function lines(body: Body): { line: number; text: string }[] {
  return body.text.split('\n').map((text, i) => ({ line: body.firstLine + i, text }));
}

export function unsafeHtml(body: Body): Finding[] {
  return lines(body).flatMap(({ line, text }) =>
    UNSAFE.filter((u) => u.pattern.test(text)).map((u) => ({
      severity: 'error' as const,
      file: body.file,
      line,
      field: bodyMessages.body,
      found: u.what,
      expected: bodyMessages.noScript,
      hint: bodyMessages.noScriptHint,
    })),
  );
}

export function encodingProblems(body: Body): Finding[] {
  const findings: Finding[] = [];
  if (body.text !== body.text.normalize('NFC')) {
    const at = lines(body).find(({ text }) => text !== text.normalize('NFC'));
    findings.push({ severity: 'warning', file: body.file, line: at?.line, field: bodyMessages.body, expected: bodyMessages.notNfc });
  }
  const legacy = lines(body).find(({ text }) => looksLikeLegacyEncoding(text));
  if (legacy) {
    findings.push({
      severity: 'error',
      file: body.file,
      line: legacy.line,
      field: bodyMessages.body,
      found: `"${legacy.text.trim().slice(0, 60)}"`,
      expected: bodyMessages.legacyEncoding,
    });
  }
  return findings;
}

export interface LinkTargets {
  /** Site paths that will exist, without base, e.g. /tin-tuc/abc/ */
  pages: ReadonlySet<string>;
  /** Does a file linked relatively (./tai-lieu.pdf) or from public/ (/files/x.pdf) exist? */
  fileExists: (body: Body, link: string) => boolean;
}

export function brokenLinks(body: Body, targets: LinkTargets): Finding[] {
  return lines(body).flatMap(({ line, text }) =>
    [...text.matchAll(MD_LINK)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((link) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(link))
      .filter((link) => {
        const path = decodeURI(link.split(/[?#]/)[0]!);
        if (path.startsWith('/')) {
          const page = path.endsWith('/') ? path : `${path}/`;
          return !targets.pages.has(page) && !targets.fileExists(body, path);
        }
        return !targets.fileExists(body, path);
      })
      .map((link) => ({
        severity: 'error' as const,
        file: body.file,
        line,
        field: bodyMessages.body,
        found: link,
        expected: bodyMessages.brokenLink,
        hint: bodyMessages.brokenLinkHint,
      })),
  );
}

/** Front-matter text mangled by a legacy encoding, field by field. */
export function legacyFields(file: string, data: unknown, lineOf: (path: PropertyKey[]) => number | undefined, path: PropertyKey[] = []): Finding[] {
  if (typeof data === 'string') {
    return looksLikeLegacyEncoding(data)
      ? [{ severity: 'error', file, line: lineOf(path), field: path.join('.'), found: `"${data.slice(0, 60)}"`, expected: bodyMessages.legacyEncoding }]
      : [];
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => legacyFields(file, value, lineOf, [...path, Array.isArray(data) ? Number(key) : key]));
  }
  return [];
}
