/**
 * The one validation pass over a commune's content folder. The build runs it
 * before Astro starts (src/integrations/cchc.ts), and `npm run check` runs it
 * on its own; both print the same Vietnamese findings. It opens every file
 * the site will publish (./published-files.ts), so whatever it accepts the
 * build can publish.
 */
import { ENTRY_EXTENSION } from '../readers/entry-files.ts';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { bodyMessages, messages, provinceMessages, yamlMessages, yamlOtherError } from '../i18n/validation.ts';
import { bodyProblems, fieldTextProblems, type Body, type LinkTag } from '../lib/body-checks.ts';
import { compareDates, type IsoDate } from '../lib/dates.ts';
import { paths } from '../lib/paths.ts';
import { placeholderFindings } from '../lib/placeholders.ts';
import { implausibleDates } from '../lib/plausible-dates.ts';
import { builtInAddresses } from '../lib/reserved-addresses.ts';
import { today } from '../data/today.ts';
import { procedureUi } from '../i18n/vi.ts';
import { missingParts } from '../lib/procedures.ts';
import type { Procedure } from '../schemas/procedure.ts';
import { crossCheck, sitePaths, type CheckedEntry, type CheckedSite } from '../lib/cross-checks.ts';
import { decodeText } from '../lib/text-encoding.ts';
import { findingsFromIssues, type Finding } from '../lib/validation-report.ts';
import { siteSchema } from '../schemas/site.ts';
import { provinceSchema } from '../schemas/province.ts';
import { procedureNotesSchema } from '../schemas/procedure-note.ts';
import { notesFile, provinceOf, provinceSiteFile } from '../build/province.ts';
import { collectionFiles, readNotesFile } from '../build/province-procedures.ts';
import { readSettings } from '../settings/settings.ts';
import { VOCABULARY_FILE, vocabularySchema } from '../schemas/search-vocabulary.ts';
import { COLLECTION_NAMES, collection, entryId, fileId } from '../collections/registry.ts';
import { confinedFile } from '../readers/content-files.ts';
import { firstDifference, readAsBuilt, valueAt, type BuiltReading } from '../readers/built-front-matter.ts';
import { frontMatterLines, parseMarkdown, parseYaml, type ParsedFile } from '../readers/front-matter.ts';
import type { SchemaPath } from '../schemas/walk.ts';
import { filesAndLinks, isFolderLink } from '../readers/walk.ts';
import { portalRoutes } from '../integrations/routes.ts';
import { groupedNumbers, wholeNumberFields } from './grouped-numbers.ts';
import { pathFinding, publicFolderFindings, publishedFileFindings, type FileRef } from './published-files.ts';

/** Image paths are checked for existence separately, so a string will do here. */
const imagePath = z.string({ error: 'đường dẫn tới tệp ảnh, ví dụ ./images/anh.jpg' });

export interface ValidationResult {
  findings: Finding[];
  entries: CheckedEntry[];
}

const STATIC_PATHS = Object.values(paths).filter((p) => typeof p === 'string');

export interface ValidateOptions {
  /** Folder that holds public/ and against which file names are shown. */
  projectRoot?: string;
  /** The build date, for news dated in the future. */
  today?: IsoDate;
  /** The province folder of a province repository; by default the settings' or the one the content lies in (src/build/province.ts). */
  provinceDir?: string | undefined;
  /**
   * The province's shared files as read by earlier calls, kept by a caller
   * that validates many communes over the same shared list (the hub's
   * board): each is parsed and its text checked once, not once a commune.
   */
  sharedReads?: SharedReads;
}

/** A shared file's parse and the findings on its fields' text, by path: reused while its text is the same. */
export type SharedReads = Map<string, { text: string; parsed: ParsedFile | null; textFindings: Finding[] | undefined; built?: BuiltReading | undefined }>;

export async function validateContent(contentDir: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const publicDir = join(projectRoot, 'public');
  const now = options.today ?? today();
  const findings: Finding[] = [];
  const entries: CheckedEntry[] = [];
  const files: FileRef[] = [];
  const bodies: Body[] = [];
  let site: CheckedSite = {};
  const rel = (p: string) => relative(projectRoot, p) || p;
  const province = 'provinceDir' in options ? options.provinceDir : provinceOf({ contentDir, provinceDir: readSettings().provinceDir });
  if (province) findings.push(...provinceFindings(province, rel));

  const sitePath = join(contentDir, 'site.yaml');
  const siteLink = notPlainFile(contentDir, sitePath, rel);
  if (!existsSync(sitePath)) {
    findings.push({ severity: 'error', file: rel(sitePath), expected: messages.missingSite });
  } else if (siteLink) {
    findings.push(siteLink);
  } else {
    const text = readUtf8(sitePath, rel(sitePath), findings);
    const parsed = text === undefined ? undefined : parseYaml(text);
    if (parsed?.syntaxError) {
      findings.push(yamlError(rel(sitePath), parsed.syntaxError));
    } else if (parsed) {
      const result = parseChecked(siteSchema, rel(sitePath), parsed, findings);
      if (result.success) {
        site = { ...result.data, file: rel(sitePath), lineAt: (at) => parsed.lineOf(at) };
        const logo = logoFile(result.data.logo, { file: rel(sitePath), line: parsed.lineOf(['logo']), contentDir });
        if (logo && 'severity' in logo) findings.push(logo);
        else if (logo) files.push(logo);
      } else {
        // The other files are still checked against the settings site.yaml does state correctly.
        const raw = (parsed.data ?? {}) as { lateFiles?: unknown };
        site = { lateFiles: siteSchema.shape.lateFiles.safeParse(raw.lateFiles).data };
      }
      findings.push(...fieldTextProblems(rel(sitePath), parsed.data, parsed.lineOf));
    }
  }

  // The commune's own citizens' vocabulary for search, when it has one (src/data/search-vocabulary.ts reads it).
  const vocabularyPath = join(contentDir, VOCABULARY_FILE);
  const vocabularyLink = notPlainFile(contentDir, vocabularyPath, rel);
  if (vocabularyLink) findings.push(vocabularyLink);
  else if (existsSync(vocabularyPath)) {
    const text = readUtf8(vocabularyPath, rel(vocabularyPath), findings);
    const parsed = text === undefined ? undefined : parseYaml(text);
    if (parsed?.syntaxError) findings.push(yamlError(rel(vocabularyPath), parsed.syntaxError));
    else if (parsed) {
      parseChecked(vocabularySchema, rel(vocabularyPath), parsed, findings);
      findings.push(...fieldTextProblems(rel(vocabularyPath), parsed.data, parsed.lineOf));
    }
  }

  for (const name of COLLECTION_NAMES) {
    const { folder, images: imageFields, attachments: attachmentFields, fileNameIsId } = collection(name);
    const schema = collection(name).schema(imagePath);
    // The build's loader would walk into a linked folder: its files would be entries no one checked here.
    for (const link of filesAndLinks(join(contentDir, folder)).filter(isFolderLink)) {
      findings.push({ severity: 'error', file: rel(link), expected: messages.folderLink, hint: messages.folderLinkHint });
    }
    for (const path of collectionFiles(folder, contentDir, province)) {
      const file = rel(path);
      if (extname(path).toLowerCase() === '.mdx') {
        findings.push({ severity: 'error', file, expected: messages.mdxNotAllowed, hint: 'Đổi đuôi tệp thành .md.' });
        continue;
      }
      if (extname(path) !== ENTRY_EXTENSION) {
        findings.push({ severity: 'error', file, found: `"${extname(path)}"`, expected: messages.notLowerMd(extname(path)), hint: messages.notLowerMdHint });
        continue;
      }
      // One of the province's shared files, not the commune's own.
      const shared = province !== undefined && path.startsWith(province + sep);
      // A symbolic link to a file outside would have the build read it as an entry.
      const own = confinedFile(shared ? province : contentDir, dirname(path), basename(path));
      if (!own.ok) {
        findings.push(pathFinding({ file, written: basename(path), use: 'entry' }, own.problem));
        continue;
      }
      // Astro's loader reads an entry by an address: "#" or "?" in its path ends the name there, and the entry is left off the site.
      const odd = [...relative(shared ? province : contentDir, path)].find((c) => c === '#' || c === '?');
      if (odd) {
        findings.push(pathFinding({ file, written: relative(shared ? province : contentDir, path), use: 'entry' }, { kind: 'characters', found: odd }));
        continue;
      }
      const text = readUtf8(path, file, findings);
      if (text === undefined) continue;
      const kept = shared ? options.sharedReads?.get(path) : undefined;
      const read = kept?.text === text ? kept : { text, parsed: parseMarkdown(text), textFindings: undefined, built: undefined };
      if (shared) options.sharedReads?.set(path, read);
      const { parsed } = read;
      if (!parsed) {
        findings.push({ severity: 'error', file, line: 1, expected: messages.noFrontMatter });
        continue;
      }
      if (parsed.syntaxError) {
        findings.push(yamlError(file, parsed.syntaxError));
        continue;
      }
      // The front matter as the build's parser reads it: a file it stops on, or reads otherwise, is reported here.
      read.built ??= readAsBuilt(text);
      const { built } = read;
      if (!built.ok) {
        findings.push(yamlError(file, { line: built.line, message: built.reason ? yamlMessages[built.reason]! : yamlOtherError }));
        continue;
      }
      const result = parseChecked(schema, file, parsed, findings);
      if (!result.success) continue;
      const readOtherwise = builtDifference(schema, result.data, built.data, file, parsed);
      if (readOtherwise) {
        findings.push(readOtherwise);
        continue;
      }
      const data = result.data as Record<string, unknown>;
      const slug = entryId(name, path, data);
      if (slug === '') {
        findings.push({ severity: 'error', file, found: `"${basename(path)}"`, expected: messages.emptyId, hint: messages.emptyIdHint });
        continue;
      }
      read.textFindings ??= fieldTextProblems(file, parsed.data, parsed.lineOf);
      findings.push(...read.textFindings);
      bodies.push({ file, text: parsed.body, firstLine: parsed.bodyLine, dir: dirname(path) });
      const far = implausibleDates(name, data, now);
      for (const { field, value, kind } of far) {
        findings.push({
          severity: 'warning',
          file,
          line: parsed.lineOf([field]),
          field,
          found: value,
          expected: kind === 'farAhead' ? messages.farAhead(now) : messages.farBehind,
        });
      }
      if (name === 'news' && !far.length && compareDates(String(data.date), now) > 0) {
        findings.push({ severity: 'warning', file, line: parsed.lineOf(['date']), field: 'date', found: String(data.date), expected: bodyMessages.futureDate(now) });
      }
      if (name === 'procedures') {
        const gap = procedureGap(file, data as Procedure);
        if (gap) findings.push(gap);
      }
      if (fileNameIsId && fileId(path) !== slug) {
        findings.push({ severity: 'error', file, found: `"${fileId(path)}"`, expected: messages.fileNameIsId(slug), hint: messages.fileNameIsIdHint(slug) });
      }
      // Lines found again when a cross-check reports one, so this file's parse is not held until then.
      const lines = frontMatterLines(text);
      entries.push({ collection: name, file, slug, data, lineOf: (field) => lines([field]), lineAt: lines });
      for (const field of attachmentFields) {
        const written = data[field] as string | undefined;
        if (written) files.push({ file, field, line: parsed.lineOf([field]), written, root: contentDir, from: dirname(path), path: written, use: 'pdf' });
      }
      for (const field of imageFields) {
        // One image (cover: {src, alt}) or a list of them (photos: [{src, alt}, …]).
        const value = data[field] as { src: string } | { src: string }[] | undefined;
        const list = Array.isArray(value) ? value.map((image, i) => ({ image, at: [field, i] })) : value ? [{ image: value, at: [field] }] : [];
        for (const { image, at } of list) {
          const line = parsed.lineOf([...at, 'src']);
          files.push({ file, field: `${at.join('.')}.src`, line, written: image.src, root: contentDir, from: dirname(path), path: image.src, use: 'photo' });
        }
      }
    }
  }

  findings.push(...noteFindings(contentDir, entries, rel));
  const builtIn = builtInAddresses(portalRoutes().map((route) => route.pattern));
  findings.push(...crossCheck(entries, site, builtIn));
  const targets = {
    pages: sitePaths(entries, STATIC_PATHS),
    // A relative image in a body goes through the build's image pipeline, so it is opened like a cover;
    // a linked file must exist, inside its folder (content, or public/ for "/…" links).
    fileExists: (body: Body, link: string, tag: LinkTag) => {
      const where = link.startsWith('/') ? { root: publicDir, from: publicDir, path: `.${link}`, inPublic: true } : { root: contentDir, from: body.dir, path: link };
      const verdict = confinedFile(where.root, where.from, where.path);
      // A missing file is a broken link, reported by the body checks; any other problem is reported with the files.
      if (!verdict.ok && verdict.problem.kind === 'missing') return false;
      const use = tag === 'img' && !link.startsWith('/') ? 'photo' : 'linked';
      files.push({ file: body.file, field: bodyMessages.body, written: link, ...where, use });
      return true;
    },
  };
  for (const body of bodies) findings.push(...placeholderFindings(body), ...bodyProblems(body, targets));
  findings.push(...(await publishedFileFindings(files)), ...(await publicFolderFindings(publicDir, rel)));
  return { findings, entries };
}

/**
 * site.yaml's `logo`, which the build copies to the site's root when it is a
 * file of the content folder (src/data/logo.ts): opened like every published
 * file, so a path climbing out of the folder, a link to /etc/passwd, a web
 * page or an SVG with a script is refused here rather than published. A path
 * from public/ ("/logo.png") is a file of that folder, checked with it; one
 * that starts "//" would load the image from another host.
 */
function logoFile(written: string | undefined, at: { file: string; line: number | undefined; contentDir: string }): FileRef | Finding | undefined {
  const logo = written?.trim();
  if (!logo) return undefined;
  const ref = { file: at.file, field: 'logo', line: at.line, written: logo, use: 'logo' as const };
  if (/^[\\/]{2}/.test(logo)) return pathFinding(ref, { kind: 'address' });
  if (logo.startsWith('/')) return undefined;
  return { ...ref, root: at.contentDir, from: at.contentDir, path: logo };
}

/**
 * A YAML file of the content folder (site.yaml, the vocabulary, the notes;
 * province/site.yaml in the province's folder) that is a folder, or a
 * symbolic link leading out of that folder: not read, so a link to
 * /etc/passwd is neither taken for the site's settings nor shown in the
 * report. Undefined for a plain file inside, or none.
 */
function notPlainFile(root: string, path: string, rel: (p: string) => string): Finding | undefined {
  const verdict = confinedFile(root, dirname(path), basename(path));
  if (verdict.ok || verdict.problem.kind === 'missing') return undefined;
  return pathFinding({ file: rel(path), written: basename(path), use: 'entry' }, verdict.problem);
}

/** province/site.yaml, in a province repository: present and valid. The provincial hub's build checks it alone. */
export function provinceFindings(province: string, rel: (p: string) => string = (p) => relative(process.cwd(), p) || p): Finding[] {
  const findings: Finding[] = [];
  const path = provinceSiteFile(province);
  if (!existsSync(path)) return [{ severity: 'error', file: rel(path), expected: provinceMessages.missingSite }];
  const link = notPlainFile(province, path, rel);
  if (link) return [link];
  const text = readUtf8(path, rel(path), findings);
  const parsed = text === undefined ? undefined : parseYaml(text);
  if (parsed?.syntaxError) findings.push(yamlError(rel(path), parsed.syntaxError));
  else if (parsed) parseChecked(provinceSchema, rel(path), parsed, findings);
  return findings;
}

/** The commune's notes on procedures: valid, and each for a procedure the commune publishes (its own or the province's). */
function noteFindings(contentDir: string, entries: readonly CheckedEntry[], rel: (p: string) => string): Finding[] {
  const link = notPlainFile(contentDir, notesFile(contentDir), rel);
  if (link) return [link];
  const notes = readNotesFile(contentDir);
  if (!notes) return [];
  const file = rel(notes.path);
  const { parsed } = notes;
  if (parsed.syntaxError) return [yamlError(file, parsed.syntaxError)];
  const findings: Finding[] = [];
  const result = parseChecked(procedureNotesSchema, file, parsed, findings);
  if (!result.success) return findings;
  const codes = new Set(entries.filter((e) => e.collection === 'procedures').map((e) => String(e.data.code)));
  for (const code of Object.keys(result.data).filter((c) => !codes.has(c))) {
    findings.push({
      severity: 'error',
      file,
      line: parsed.lineOf([code]),
      field: code,
      found: code,
      expected: provinceMessages.unknownCode(code),
      hint: provinceMessages.unknownCodeHint,
    });
  }
  return findings;
}

/**
 * A procedure in force that lacks parts a citizen needs (one imported from the
 * province's list alone) is published with a note on its page; the clerk is
 * told what to add, as a warning that does not stop the build.
 */
function procedureGap(file: string, p: Procedure): Finding | undefined {
  const missing = p.status.state === 'abolished' ? [] : missingParts(p);
  if (missing.length === 0) return undefined;
  const shown = file.replace(/^.*?(?=procedures\/)/, '');
  return {
    severity: 'warning',
    file,
    expected: messages.procedureMissing(
      p.code,
      shown,
      missing.map((part) => procedureUi.parts[part]),
    ),
    hint: messages.procedureMissingHint,
  };
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

/**
 * The first field the build would read otherwise than validation did (its
 * parser's values through the same schema), as the clerk wrote it and as the
 * build reads it: `title: 0b101` is the number 5 there.
 */
function builtDifference(schema: z.ZodType, checked: unknown, built: unknown, file: string, parsed: ParsedFile): Finding | undefined {
  const again = schema.safeParse(built);
  const at = again.success ? firstDifference(checked, again.data) : (again.error.issues[0]?.path ?? []);
  if (!at) return undefined;
  const value = valueAt(built, at);
  const shown = value instanceof Date ? value.toISOString() : value === undefined ? '(không có giá trị)' : JSON.stringify(value);
  return {
    severity: 'error',
    file,
    line: parsed.lineOf(at),
    field: at.map(String).join('.') || undefined,
    found: parsed.sourceAt(at) ?? JSON.stringify(valueAt(parsed.data, at)),
    expected: messages.readAsBuilt(shown),
    hint: messages.readAsBuiltHint,
  };
}

/** The parser's complaint, already in Vietnamese, says what to fix on the line; a YAML file (site.yaml) has no front matter to name. */
function yamlError(file: string, error: NonNullable<ParsedFile['syntaxError']>): Finding {
  return { severity: 'error', file, line: error.line, expected: file.endsWith(ENTRY_EXTENSION) ? messages.yamlSyntax : messages.yamlFileSyntax, hint: error.message };
}
