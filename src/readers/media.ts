/**
 * Opens the files the site will publish, the way the build will: the first
 * bytes say what a file is (src/lib/media-types.ts), and an image is
 * decoded for real with sharp, so a truncated, oversized or fake image stops
 * `check` instead of failing the build, or being published broken.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import sharp from 'sharp';
import { dimensionProblem, HEAD_BYTES, kindProblem, LIMITS, sniff, type MediaKind, type MediaProblem } from '../lib/media-types.ts';

export function fileKind(path: string): MediaKind {
  const head = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  try {
    return sniff(head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)));
  } finally {
    closeSync(fd);
  }
}

/** A photo or cover: an image kind by its bytes and its name, within the pixel limits, and decodable to the end. */
export async function photoProblem(path: string): Promise<MediaProblem | undefined> {
  return kindProblem(fileKind(path), extname(path), 'photo') ?? decodeProblem(path);
}

/** A document's attachment: a PDF by its bytes, not too large to download. */
export function pdfProblem(path: string): MediaProblem | undefined {
  const problem = kindProblem(fileKind(path), extname(path), 'pdf');
  if (problem) return problem;
  const bytes = statSync(path).size;
  return bytes > LIMITS.maxPdfBytes ? { kind: 'tooLarge', bytes } : undefined;
}

/** A file in the CMS's upload folder: one of the upload kinds; images decoded like photos. */
export async function uploadProblem(path: string): Promise<MediaProblem | undefined> {
  const kind = fileKind(path);
  const problem = kindProblem(kind, extname(path), 'upload');
  if (problem) return problem;
  if (kind === 'pdf') return pdfProblem(path);
  return kind === 'zip' || kind === 'ole' ? undefined : decodeProblem(path);
}

async function decodeProblem(path: string): Promise<MediaProblem | undefined> {
  try {
    // The header alone first: a PNG declaring 30000 × 30000 is refused without allocating its pixels.
    const { width, height } = await sharp(path, { limitInputPixels: false }).metadata();
    const tooBig = dimensionProblem(width, height);
    if (tooBig) return tooBig;
    // Then every pixel, failing on a truncated or corrupt file as the build's resizer would not.
    await sharp(path, { failOn: 'error', limitInputPixels: LIMITS.maxPixels }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
    return undefined;
  } catch {
    // sharp's reason is in English and technical; the clerk needs only to know the file is broken.
    return { kind: 'undecodable' };
  }
}
