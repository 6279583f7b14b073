/**
 * Where the ink of a rendered element lies, from Chromium screenshots decoded
 * with sharp: the pixels dark in one rendering and not in another, so that
 * two renderings that differ in one thing (the dots of dấu nặng, the
 * underline) show where that thing is drawn.
 */
import sharp from 'sharp';
import type { Locator } from 'playwright-core';

export interface Ink {
  width: number;
  height: number;
  /** One entry a pixel, row by row: true where it is dark (ink, antialiased edges included). */
  dark: boolean[];
}

export async function inkOf(png: Buffer): Promise<Ink> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, dark: [...data].map((v) => v < 160) };
}

export async function screenshotInk(element: Locator): Promise<Ink> {
  return inkOf(await element.screenshot({ animations: 'disabled', caret: 'hide' }));
}

/** Rows (y) of the pixels dark in `a` and not in `b`; both the same size. */
export function rowsOnlyIn(a: Ink, b: Ink): number[] {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`renderings differ in size: ${a.width}×${a.height}, ${b.width}×${b.height}`);
  const rows = new Set<number>();
  a.dark.forEach((d, i) => {
    if (d && !b.dark[i]) rows.add(Math.floor(i / a.width));
  });
  return [...rows].sort((x, y) => x - y);
}
