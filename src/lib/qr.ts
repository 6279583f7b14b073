/**
 * QR codes for printed notices, drawn at build time as inline SVG by the
 * qrcode library: no image file, no script, sharp at any print size.
 */
import QRCode from 'qrcode';
import { escapeAttr } from './text.ts';

/**
 * Each address's symbol, drawn once per build: a procedure's notice and the
 * printed list of every notice show the same one.
 */
const drawn = new Map<string, Promise<string>>();

/**
 * An <svg> that encodes `url` (error correction M, quiet zone of 4 modules as
 * the standard asks), labelled for screen readers with `label`. The address
 * is one byte segment: the library's search for the shortest mix of modes
 * cost as much as the drawing, and a lower-case address gains nothing from it.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  let svg = drawn.get(url);
  if (!svg) {
    svg = QRCode.toString([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 4,
      color: { dark: '#000000', light: '#ffffff' },
    });
    drawn.set(url, svg);
  }
  return (await svg).trim().replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttr(label)}" data-qr="${escapeAttr(url)}" `);
}
