/**
 * QR codes for printed notices, drawn at build time as inline SVG by the
 * qrcode library: no image file, no script, sharp at any print size.
 */
import QRCode from 'qrcode';
import { escapeAttr } from './text.ts';

/**
 * An <svg> that encodes `url` (error correction M, quiet zone of 4 modules as
 * the standard asks), labelled for screen readers with `label`.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  return svg.trim().replace('<svg ', `<svg class="qr" role="img" aria-label="${escapeAttr(label)}" data-qr="${escapeAttr(url)}" `);
}
