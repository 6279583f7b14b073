/**
 * The one validation pass over a commune's content folder. The build runs it
 * before Astro starts (src/integrations/cchc.ts), and `npm run check` runs it
 * on its own; both print the same Vietnamese findings.
 */
import { entryFiles } from '../readers/entry-files.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { bodyMessages, messages, transparencyMessages } from '../i18n/validation.ts';
import { bodyProblems, legacyFields, type Body } from '../lib/body-checks.ts';
import { compareDates, type IsoDate } from '../lib/dates.ts';
import { paths } from '../lib/paths.ts';
import { today } from '../data/today.ts';
import { checkImages, crossCheck, sitePaths, type CheckedEntry, type CheckedSite, type ImageRef } from '../lib/cross-checks.ts';
import { decodeText } from '../lib/text-encoding.ts';
import { findingsFromIssues, type Finding } from '../lib/validation-report.ts';
import { siteSchema } from '../schemas/site.ts';
import { COLLECTION_NAMES, collection, entryId, fileId } from '../collections/registry.ts';
import { parseMarkdown, parseYaml, type ParsedFile } from '../readers/front-matter.ts';
import type { SchemaPath } from '../schemas/walk.ts';
import { groupedNumbers, wholeNumberFields } from './grouped-numbers.ts';

/** Image paths are checked for existence separately, so a string will do here. */
const imagePath = z.string({ error: 'đường dẫn tới tệp ảnh, ví dụ ./images/anh.jpg' });

const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface ValidationResult {
  findings: Finding[];
  entries: CheckedEntry[];
}

const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const STATIC_PATHS = Object.values(paths).filter((p) => typeof p === 'string');

export interface ValidateOptions {
  /** Folder that holds public/ and against which file names are shown. */
  projectRoot?: string;
  /** The build date, for news dated in the future. */
  today?: IsoDate;
}

export function validateContent(contentDir: string, options: ValidateOptions = {}): ValidationResult {
  const projectRoot = options.projectRoot ?? process.cwd();
  const now = options.today ?? today();
  const findings: Finding[] = [];
  const entries: CheckedEntry[] = [];
  const images: ImageRef[] = [];
  const bodies: Body[] = [];
  const attachments: ImageRef[] = [];
  let site: CheckedSite = {};
  const rel = (p: string) => relative(projectRoot, p) || p;

  const sitePath = join(contentDir, 'site.yaml');
  if (!existsSync(sitePath)) {
    findings.push({ severity: 'error', file: rel(sitePath), expected: messages.missingSite });
  } else {
    const text = readUtf8(sitePath, rel(sitePath), findings);
    const parsed = text === undefined ? undefined : parseYaml(text);
    if (parsed?.syntaxError) {
      findings.push(yamlError(rel(sitePath), parsed.syntaxError));
    } else if (parsed) {
      const result = parseChecked(siteSchema, rel(sitePath), parsed, findings);
      if (result.success) site = result.data;
      findings.push(...legacyFields(rel(sitePath), parsed.data, parsed.lineOf));
    }
  }

  for (const name of COLLECTION_NAMES) {
    const { folder, images: imageFields, attachments: attachmentFields, fileNameIsId } = collection(name);
    const schema = collection(name).schema(imagePath);
    for (const path of entryFiles(join(contentDir, folder))) {
      const file = rel(path);
      if (path.endsWith('.mdx')) {
        findings.push({ severity: 'error', file, expected: messages.mdxNotAllowed, hint: 'Đổi đuôi tệp thành .md.' });
        continue;
      }
      const text = readUtf8(path, file, findings);
      if (text === undefined) continue;
      const parsed = parseMarkdown(text);
      if (!parsed) {
        findings.push({ severity: 'error', file, line: 1, expected: messages.noFrontMatter });
        continue;
      }
      if (parsed.syntaxError) {
        findings.push(yamlError(file, parsed.syntaxError));
        continue;
      }
      const result = parseChecked(schema, file, parsed, findings);
      if (!result.success) continue;
      const data = result.data as Record<string, unknown>;
      findings.push(...legacyFields(file, parsed.data, parsed.lineOf));
      bodies.push({ file, text: parsed.body, firstLine: parsed.bodyLine, dir: dirname(path) });
      if (name === 'news' && compareDates(String(data.date), now) > 0) {
        findings.push({ severity: 'warning', file, line: parsed.lineOf(['date']), field: 'date', found: String(data.date), expected: bodyMessages.futureDate(now) });
      }
      const slug = entryId(name, path, data);
      if (fileNameIsId && fileId(path) !== slug) {
        findings.push({ severity: 'error', file, found: `"${fileId(path)}"`, expected: messages.fileNameIsId(slug), hint: messages.fileNameIsIdHint(slug) });
      }
      entries.push({ collection: name, file, slug, data, lineOf: (field) => parsed.lineOf([field]), lineAt: (at) => parsed.lineOf(at) });
      for (const field of attachmentFields) {
        const written = data[field] as string | undefined;
        if (written) attachments.push({ file, field, written, resolved: resolve(dirname(path), written), line: parsed.lineOf([field]) });
      }
      for (const field of imageFields) {
        // One image (cover: {src, alt}) or a list of them (photos: [{src, alt}, …]).
        const value = data[field] as { src: string } | { src: string }[] | undefined;
        const list = Array.isArray(value) ? value.map((image, i) => ({ image, at: [field, i] })) : value ? [{ image: value, at: [field] }] : [];
        for (const { image, at } of list) {
          images.push({ file, field: `${at.join('.')}.src`, written: image.src, resolved: resolve(dirname(path), image.src), line: parsed.lineOf([...at, 'src']) });
        }
      }
    }
  }

  findings.push(...crossCheck(entries, site), ...checkImages(images, existsSync), ...bigImages(images), ...checkAttachments(attachments));
  const targets = {
    pages: sitePaths(entries, STATIC_PATHS),
    fileExists: (body: Body, link: string) =>
      existsSync(link.startsWith('/') ? join(projectRoot, 'public', link) : resolve(body.dir, link)),
  };
  for (const body of bodies) findings.push(...bodyProblems(body, targets));
  return { findings, entries };
}

/**
 * Content must be UTF-8 (a byte-order mark is fine): Astro reads it so, and a
 * Windows-1258 file would publish replacement characters.
 */
function readUtf8(path: string, file: string, findings: Finding[]): string | undefined {
  const bytes = readFileSync(path);
  const decoded = decodeText(bytes);
  if (decoded.ok) return decoded.text;
  // The first line a clerk would see garbled.
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
  findings.push({ severity: 'error', file, line, expected: messages.notUtf8(decoded.guess), hint: messages.notUtf8Hint });
  return undefined;
}

const wholeNumbers = new WeakMap<z.ZodType, SchemaPath[]>();

/** The schema's verdict, plus whole numbers written with a thousands separator, which YAML misreads. */
function parseChecked<S extends z.ZodType>(schema: S, file: string, parsed: Omit<ParsedFile, 'body' | 'bodyLine'>, findings: Finding[]) {
  if (!wholeNumbers.has(schema)) wholeNumbers.set(schema, wholeNumberFields(schema));
  const grouped = groupedNumbers(file, parsed.data, wholeNumbers.get(schema)!, parsed);
  const result = schema.safeParse(parsed.data, { reportInput: true });
  const reported = new Set(grouped.map((f) => f.field));
  if (!result.success) findings.push(...findingsFromIssues(result.error.issues, file, parsed.lineOf).filter((f) => !reported.has(f.field)));
  findings.push(...grouped);
  return grouped.length ? { success: false as const } : result;
}

/** The parser's complaint, already in Vietnamese, says what to fix on the line. */
function yamlError(file: string, error: NonNullable<ParsedFile['syntaxError']>): Finding {
  return { severity: 'error', file, line: error.line, expected: messages.yamlSyntax, hint: error.message };
}

function bigImages(images: readonly ImageRef[]): Finding[] {
  return images
    .filter((ref) => existsSync(ref.resolved) && statSync(ref.resolved).size > MAX_IMAGE_BYTES)
    .map((ref) => ({
      severity: 'warning' as const,
      file: ref.file,
      line: ref.line,
      field: ref.field,
      found: `"${ref.written}"`,
      expected: bodyMessages.bigImage((statSync(ref.resolved).size / 1024 / 1024).toFixed(1)),
    }));
}

/** A document's PDF must exist beside it; a very large one is flagged for readers on slow networks. */
function checkAttachments(refs: readonly ImageRef[]): Finding[] {
  return refs.flatMap((ref): Finding[] => {
    if (!existsSync(ref.resolved) || !statSync(ref.resolved).isFile()) {
      return [{
        severity: 'error',
        file: ref.file,
        line: ref.line,
        field: ref.field,
        found: `"${ref.written}"`,
        expected: `${transparencyMessages.pdfFile}; ${transparencyMessages.missingFile(ref.written)}`,
        hint: transparencyMessages.missingFileHint,
      }];
    }
    const size = statSync(ref.resolved).size;
    if (size <= MAX_ATTACHMENT_BYTES) return [];
    return [{ severity: 'warning', file: ref.file, line: ref.line, field: ref.field, found: `"${ref.written}"`, expected: transparencyMessages.bigFile((size / 1024 / 1024).toFixed(1)) }];
  });
}
