/**
 * An indexed-colour PNG (colour type 3) from palette indices. The share card
 * knows its palette exactly (white, its few ink colours, each in steps of
 * coverage), so it needs neither a quantiser nor a full-colour encoder:
 * one byte per pixel, no row filter (filters do not help palette images),
 * and zlib with run-length matches only (Z_RLE): a card is long runs of one
 * index (the background, the bands, a letter's solid middle), which Z_RLE
 * finds at a quarter of the default search's CPU for a file a fifth larger
 * (memLevel 6: shorter blocks, each with its own codes, are 5% smaller and no
 * slower here).
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/** Room for a picture's scanlines: each row is a filter byte (0, none) then one palette index per pixel. */
export const scanlines = (width: number, height: number) => new Uint8Array((width + 1) * height);

/** `palette` holds [r, g, b] per index (at most 256); `rows` are the picture's scanlines. */
export function indexedPng(width: number, height: number, palette: readonly (readonly [number, number, number])[], rows: Uint8Array): Buffer {
  if (palette.length > 256) throw new Error(`a PNG palette holds at most 256 colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, indexed colour, deflate, no filter method, no interlace
  if (rows.length !== (width + 1) * height) throw new Error(`${rows.length} bytes are not ${height} scanlines of ${width} pixels`);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE, memLevel: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
