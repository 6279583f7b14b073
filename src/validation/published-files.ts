/**
 * Every file the site will publish, opened as the build would open it:
 * covers and photos (decoded), documents' PDFs, files linked from bodies, and
 * everything under the site's public/ folder, which is copied into the site
 * as it is. Paths must stay in their folder (src/readers/content-files.ts),
 * contents must be what they claim (src/readers/media.ts); problems come back
 * typed and are worded here, once, from src/i18n/validation.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { fileMessages, transparencyMessages, bodyMessages } from '../i18n/validation.ts';
import { importPathProblem, isInside, type PathProblem } from '../lib/file-paths.ts';
import { activeSvgParts } from '../lib/inert-svg.ts';
import { LIMITS, markupText, type MediaKind, type MediaProblem } from '../lib/media-types.ts';
import { UPLOAD_FOLDER } from '../lib/paths.ts';
import type { Finding } from '../lib/validation-report.ts';
import { confinedFile } from '../readers/content-files.ts';
import { fileKind, pdfProblem, photoProblem, uploadProblem } from '../readers/media.ts';
import { filesAndLinks } from '../readers/walk.ts';

/** A file named by a content file: a cover, a photo, an attachment, a link in a body. */
export interface FileRef {
  /** The content file that names it, as shown to the clerk. */
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  /** As the clerk wrote it. */
  written: string;
  /** The folder it must stay inside, the folder it is relative to, and the path from there. */
  root: string;
  from: string;
  path: string;
  /** What the site does with it: decode and resize a photo, copy a PDF, link to it, copy the site's logo (an image or a plain SVG drawing). */
  use: 'photo' | 'pdf' | 'linked' | 'logo';
  /** It must stay in the site's public/ folder rather than the content folder. */
  inPublic?: boolean;
}

/** What the clerk is told a field expects, before the reason it was refused. */
function wanted(use: FileRef['use'] | 'entry'): string | undefined {
  if (use === 'photo') return fileMessages.photo;
  if (use === 'logo') return fileMessages.logo;
  if (use === 'pdf') return transparencyMessages.pdfFile;
  return undefined;
}

function hint(use: FileRef['use'] | 'entry'): string | undefined {
  if (use === 'photo') return fileMessages.photoHint;
  if (use === 'logo') return fileMessages.logoHint;
  if (use === 'pdf') return transparencyMessages.missingFileHint;
  return undefined;
}

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ');

type Named = Pick<FileRef, 'file' | 'field' | 'line' | 'written' | 'inPublic'>;

export function pathFinding(ref: Named & { use: FileRef['use'] | 'entry' }, problem: PathProblem): Finding {
  return {
    severity: 'error',
    file: ref.file,
    line: ref.line,
    field: ref.field,
    found: `"${ref.written}"`,
    expected: joined(wanted(ref.use), fileMessages.path(problem, ref.written, ref.use === 'photo' || ref.use === 'logo', ref.inPublic ? 'public' : 'content')),
    hint: hint(ref.use),
  };
}

function mediaFinding(ref: Named, problem: MediaProblem): Finding {
  return { severity: 'error', file: ref.file, line: ref.line, field: ref.field, found: `"${ref.written}"`, expected: fileMessages.media(problem) };
}

/** Big but publishable: the site resizes images; a large PDF is slow to download. */
function sizeWarning(ref: FileRef, bytes: number): Finding | undefined {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  const expected =
    ref.use === 'photo' && bytes > LIMITS.bigImageBytes
      ? bodyMessages.bigImage(mb)
      : ref.use === 'pdf' && bytes > LIMITS.bigPdfBytes
        ? transparencyMessages.bigFile(mb)
        : undefined;
  return expected ? { severity: 'warning', file: ref.file, line: ref.line, field: ref.field, found: `"${ref.written}"`, expected } : undefined;
}

export async function publishedFileFindings(refs: readonly FileRef[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  // A photo named by many entries (a unit's logo, a shared picture) is decoded once, by its real path:
  // decoding is most of validation's CPU, and the verdict is the same for every entry naming it.
  const photos = new Map<string, Promise<MediaProblem | undefined>>();
  const photoVerdict = (path: string) => photos.get(path) ?? photos.set(path, photoProblem(path)).get(path)!;
  for (const ref of refs) {
    const verdict = confinedFile(ref.root, ref.from, ref.path);
    const pathProblem = verdict.ok ? (ref.use === 'photo' ? importPathProblem(ref.path) : undefined) : verdict.problem;
    if (pathProblem || !verdict.ok) {
      findings.push(pathFinding(ref, pathProblem!));
      continue;
    }
    const problem =
      ref.use === 'photo'
        ? await photoVerdict(verdict.path)
        : ref.use === 'logo'
          ? await logoProblem(verdict.path)
          : ref.use === 'pdf'
            ? pdfProblem(verdict.path)
            : undefined;
    const warning = problem ? undefined : sizeWarning(ref, statSync(verdict.path).size);
    if (problem) findings.push(mediaFinding(ref, problem));
    if (warning) findings.push(warning);
  }
  return findings;
}

/** Names a browser runs as a page or a script when the site serves them. */
const ACTIVE_ENDINGS: Record<string, MediaKind | 'javascript'> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.svg': 'svg',
  '.svgz': 'svg',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
};

/**
 * Files a web host reads from the published folder as its own rules rather
 * than serving them: Netlify's and Cloudflare's redirects, headers and routes,
 * Apache's and IIS's settings (in any folder). From public/ one would send
 * citizens to another host or replace the portal's security headers
 * (src/static/_headers); the portal sets these itself. Compared lower-case:
 * some hosts' file systems ignore case.
 */
const HOST_RULES = new Set(['_redirects', '_headers', '_routes.json', '.htaccess', '.htpasswd', 'web.config', '.user.ini']);

/**
 * Files under /.well-known/ are read by other services as the domain's own
 * word: a certificate authority's challenge (whoever can publish one gets a
 * certificate for the commune's domain), an app's claim to open its links.
 * Only a security contact (RFC 9116) is the site's to publish.
 */
const WELL_KNOWN = '.well-known';
const SITE_WELL_KNOWN = new Set(['security.txt']);

/**
 * Everything under the site's public/ folder is copied into the site as it
 * is. The CMS's upload folder takes only the upload kinds, checked by content;
 * elsewhere no page or script may hide (the portal makes every page, and its
 * pages run no script of the site's own), and an SVG (a logo, a favicon) must
 * be a plain drawing. A symbolic link leading out of public/ is refused
 * wherever it is.
 */
export async function publicFolderFindings(publicDir: string, show: (path: string) => string): Promise<Finding[]> {
  if (!existsSync(publicDir)) return [];
  const uploads = join(publicDir, UPLOAD_FOLDER);
  const findings: Finding[] = [];
  for (const path of filesAndLinks(publicDir)) {
    const ref = { file: show(path), written: relative(publicDir, path).split(sep).join('/'), inPublic: true };
    const verdict = confinedFile(publicDir, dirname(path), basename(path));
    if (!verdict.ok) {
      findings.push(pathFinding({ ...ref, use: 'linked' }, verdict.problem));
      continue;
    }
    // A link to a folder inside public/: its files are reached under their own names.
    if (!statSync(verdict.path).isFile()) continue;
    const inUploads = isInside(uploads, path);
    const problem = hostRules(ref.written) ?? (inUploads ? await uploadProblem(verdict.path) : activeProblem(verdict.path));
    if (problem) findings.push(mediaFinding({ ...ref, field: inUploads ? fileMessages.uploadField : undefined }, problem));
  }
  return findings;
}

/**
 * The site's logo from the content folder, copied to the site's root as it is
 * (src/data/logo.ts): an image a photo could be, or an SVG that is only a drawing.
 */
async function logoProblem(path: string): Promise<MediaProblem | undefined> {
  return fileKind(path) === 'svg' ? svgProblem(path) : photoProblem(path);
}

function svgProblem(path: string): MediaProblem | undefined {
  const parts = extname(path).toLowerCase() === '.svgz' ? [{ kind: 'element' as const, name: 'svgz' }] : activeSvgParts(markupText(readFileSync(path)));
  return parts.length ? { kind: 'activeSvg', parts: parts.slice(0, 3) } : undefined;
}

/** A host's rules file or a claim of the domain, by its path in public/ (with /). */
function hostRules(written: string): MediaProblem | undefined {
  const [first, ...rest] = written.split('/');
  const name = rest.at(-1) ?? first!;
  if (HOST_RULES.has(name.toLowerCase())) return { kind: 'hostRules', name };
  const claim = first!.toLowerCase() === WELL_KNOWN && !(rest.length === 1 && SITE_WELL_KNOWN.has(name.toLowerCase()));
  return claim ? { kind: 'domainClaim', path: written } : undefined;
}

/** A page or script anywhere in public/; an SVG only if it is a plain drawing (src/lib/inert-svg.ts). */
function activeProblem(path: string): MediaProblem | undefined {
  const kind = fileKind(path);
  const byName = ACTIVE_ENDINGS[extname(path).toLowerCase()];
  if (kind === 'html') return { kind: 'active', found: kind };
  if (kind === 'svg' || byName === 'svg') return svgProblem(path);
  return byName ? { kind: 'active', found: byName } : undefined;
}
