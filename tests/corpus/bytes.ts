/**
 * Binary files for the corpus, made by hand so the table stays synchronous:
 * a PNG that declares any size, a BMP, a PDF carrying a text, a JPEG cut short.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { FIXTURE } from '../support/broken-commune.ts';

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A grey PNG of `width` × `height` whose pixel data covers only `drawn` rows (all of them by default). */
export function png(width: number, height: number, drawn = height): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc(Math.min(drawn, height) * (width + 1), 0x80);
  for (let r = 0; r < Math.min(drawn, height); r++) rows[r * (width + 1)] = 0; // filter byte
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A 2 × 2 24-bit Windows bitmap. */
export function bmp(): Buffer {
  const pixels = Buffer.alloc(2 * 8, 0x40); // two rows of 2 × 3 bytes, padded to 8
  const file = Buffer.alloc(54);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(54 + pixels.length, 2);
  file.writeUInt32LE(54, 10);
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(2, 18);
  file.writeInt32LE(2, 22);
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(pixels.length, 34);
  return Buffer.concat([file, pixels]);
}

/** A one-page PDF whose content stream carries `text` as it is. */
export function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj',
      `4 0 obj << /Length ${stream.length} >> stream`,
      stream,
      'endstream endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1',
  );
}

/** The fixture's cover photo, and the same photo cut off after its first 2 KB. */
export const COVER_JPEG = readFileSync(`${FIXTURE}/news/images/nop-ho-so-truc-tuyen.jpg`);
export const TRUNCATED_JPEG = COVER_JPEG.subarray(0, 2048);
