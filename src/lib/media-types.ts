/**
 * What a file is, by its first bytes rather than its name, and the limits a
 * published image or PDF must keep. A BMP renamed .jpg, an HTML page renamed
 * .pdf or an SVG with a script are told apart here. Pure: the caller reads
 * the bytes (src/validation/media.ts).
 */
import type { SvgPart } from './inert-svg.ts';

export type MediaKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'bmp' | 'tiff' | 'ico' | 'pdf' | 'zip' | 'ole' | 'svg' | 'html' | 'empty' | 'unknown';

/** Bytes to read from the start of a file to tell its kind. */
export const HEAD_BYTES = 512;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Uint8Array, text: string, at = 0) =>
  startsWith(
    head,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );

export function sniff(head: Uint8Array): MediaKind {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return 'webp';
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return 'gif';
  if (ascii(head, 'ftyp', 4) && (ascii(head, 'avif', 8) || ascii(head, 'avis', 8))) return 'avif';
  if (ascii(head, 'BM')) return 'bmp';
  if (ascii(head, 'II*\0') || ascii(head, 'MM\0*')) return 'tiff';
  if (startsWith(head, [0, 0, 1, 0])) return 'ico';
  if (ascii(head, '%PDF-')) return 'pdf';
  // Office Open XML and OpenDocument files are zip archives; .doc and .xls are OLE compound files.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  return markupKind(markupText(head));
}

/** The byte order of UTF-16 text that starts with its byte-order mark; undefined for any other bytes. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
}

/**
 * A markup file's text as a browser decodes it: UTF-16 when it starts with
 * that byte-order mark, else UTF-8, the mark dropped. An XML page or an SVG
 * saved as UTF-16 runs its scripts all the same; read as UTF-8, it would
 * show neither its tags nor its handlers.
 */
export function markupText(bytes: Uint8Array): string {
  return new TextDecoder(utf16ByteOrder(bytes) ?? 'utf-8').decode(bytes);
}

/**
 * A text file a browser would run as a page: SVG, or HTML (also any other
 * markup, XML included: with the XHTML namespace, however spelled, a browser
 * runs its scripts), however it starts.
 */
function markupKind(text: string): MediaKind {
  const start = text.trimStart().toLowerCase();
  if (!start.startsWith('<')) return 'unknown';
  if (/<svg[\s>]/.test(start)) return 'svg';
  return 'html';
}

/** Kinds a photo or cover may be: what the site's image pipeline turns into WebP and JPEG. */
const PHOTO_KINDS: readonly MediaKind[] = ['jpeg', 'png', 'webp', 'gif', 'avif'];

/** File name endings of each kind that may be published, in lower case. */
const EXTENSIONS: Partial<Record<MediaKind, readonly string[]>> = {
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  gif: ['.gif'],
  avif: ['.avif'],
  pdf: ['.pdf'],
  zip: ['.docx', '.xlsx', '.pptx', '.odt', '.ods', '.odp'],
  ole: ['.doc', '.xls', '.ppt'],
};

/**
 * Kinds the CMS upload folder may hold: images, PDFs and office documents
 * for citizens to download. Never SVG or HTML: served from the site's own
 * origin, their scripts would run beside the CMS's signed-in session.
 */
const UPLOAD_KINDS: readonly MediaKind[] = [...PHOTO_KINDS, 'pdf', 'zip', 'ole'];

export const LIMITS = {
  /** Larger images take seconds to resize on the build machine and are never needed on a phone. */
  maxPixels: 40_000_000,
  maxSide: 12_000,
  /** Above this an image is still published (resized), with a warning about the repository's weight. */
  bigImageBytes: 5 * 1024 * 1024,
  /** Above this a PDF is still published, with a warning for readers on slow networks. */
  bigPdfBytes: 20 * 1024 * 1024,
  /** Above this a PDF is refused: no phone on a slow network downloads it. */
  maxPdfBytes: 100 * 1024 * 1024,
} as const;

export type MediaProblem =
  | { kind: 'empty' }
  /** Content of another kind than the field takes (a BMP cover, an HTML "PDF"). */
  | { kind: 'wrongKind'; found: MediaKind; wanted: 'photo' | 'pdf' | 'upload' }
  /** The name's ending does not say what the content is (a PNG named .txt). */
  | { kind: 'extension'; found: MediaKind; ending: string }
  | { kind: 'tooManyPixels'; width: number; height: number }
  | { kind: 'undecodable' }
  | { kind: 'tooLarge'; bytes: number }
  /** A file the browser would run as a page (HTML, SVG, JavaScript) where the site publishes it as it is. */
  | { kind: 'active'; found: MediaKind | 'javascript' }
  /** An SVG that is more than a drawing: the first few parts that would run or load something. */
  | { kind: 'activeSvg'; parts: readonly SvgPart[] }
  /** A file the web host reads as its own rules (redirects, headers, server settings) where the site publishes it as it is. */
  | { kind: 'hostRules'; name: string }
  /** A file under /.well-known/ other services read as the domain's own word (a certificate challenge, an app's claim). */
  | { kind: 'domainClaim'; path: string };

/** The kind's problem for a field that takes `wanted`, before opening the file further. */
export function kindProblem(kind: MediaKind, ending: string, wanted: 'photo' | 'pdf' | 'upload'): MediaProblem | undefined {
  if (kind === 'empty') return { kind: 'empty' };
  const allowed = wanted === 'photo' ? PHOTO_KINDS : wanted === 'pdf' ? (['pdf'] as const) : UPLOAD_KINDS;
  if (!allowed.includes(kind)) return { kind: 'wrongKind', found: kind, wanted };
  if (!endingsFor(kind).includes(ending.toLowerCase())) return { kind: 'extension', found: kind, ending };
  return undefined;
}

/**
 * Endings a file of `kind` may have. Any image ending for any image: the
 * image pipeline and browsers read images by content, so a PNG saved as .jpg
 * is harmless; a PDF or an office file must say what it is, as it is served
 * by its name.
 */
export function endingsFor(kind: MediaKind): readonly string[] {
  return (PHOTO_KINDS.includes(kind) ? PHOTO_KINDS : [kind]).flatMap((k) => EXTENSIONS[k] ?? []);
}

export function dimensionProblem(width: number, height: number): MediaProblem | undefined {
  return width * height > LIMITS.maxPixels || Math.max(width, height) > LIMITS.maxSide ? { kind: 'tooManyPixels', width, height } : undefined;
}
