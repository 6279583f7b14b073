/**
 * `check`'s verdict is the build's (issue 13): a content folder that check
 * accepts builds, odd-but-valid files included, and a folder check refuses
 * is refused by the build with the very same findings, none of which shows
 * what a link out of the folder points at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommune } from '../support/build.ts';
import { errorBlocks } from '../support/report-blocks.ts';
import { brokenCommune, COVER, DOCUMENT, NEWS, PROCEDURE, type Edit } from '../support/broken-commune.ts';

const work = join(tmpdir(), `cchc-check-build-${process.pid}`);
const made: string[] = [work];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function check(contentDir: string) {
  const run = spawnSync(process.execPath, ['bin/cchc.mjs', 'check', '--content', contentDir], { encoding: 'utf8', env: { ...process.env, CCHC_TODAY: '2024-06-30' } });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function commune(...edits: Edit[]): string {
  const dir = brokenCommune(...edits);
  made.push(dir);
  return dir;
}

describe('check and the build agree', () => {
  it('builds what check accepts: every photo kind, a PNG saved as .jpg, a photo in a body, a PDF reached through a link inside the folder', async () => {
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    const event = 'events/chuyen-muc-cchc-thang-2.md';
    const photos = ['gif', 'avif', 'webp', 'jpeg'].map((kind) => `  - src: ./images/anh.${kind === 'jpeg' ? 'jpg' : kind}\n    alt: Ảnh ${kind}\n`);
    const dir = commune(
      { file: 'events/images/anh.gif', write: await sharp(png).gif().toBuffer() },
      { file: 'events/images/anh.avif', write: await sharp(png).avif().toBuffer() },
      { file: 'events/images/anh.webp', write: await sharp(png).webp().toBuffer() },
      { file: 'events/images/anh.jpg', write: await sharp(png).jpeg().toBuffer() },
      { file: event, edit: (t) => t.replace(/^task: /m, `photos:\n${photos.join('')}task: `) },
      { file: COVER, write: png },
      { file: 'news/images/so-do.webp', write: await sharp(png).webp().toBuffer() },
      { file: NEWS, edit: (t) => `${t}\n![Sơ đồ nộp hồ sơ](./images/so-do.webp)\n` },
      { file: 'documents/tep/ban-goc.pdf', write: readFileSync('tests/fixtures/chau-thanh-2024/documents/tep/Kế hoạch 59-KH-UBND.pdf') },
      { file: 'documents/tep/Kế hoạch 59-KH-UBND.pdf', linkTo: './ban-goc.pdf' },
    );
    const checked = check(dir);
    expect(checked.status, checked.output).toBe(0);
    const out = join(work, 'ok');
    mkdirSync(out, { recursive: true });
    const built = buildCommune(dir, out);
    expect(built.status, built.output).toBe(0);
    expect(readFileSync(join(out, 'van-ban/ke-hoach-59-kh-ubnd/ke-hoach-59-kh-ubnd.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const page = readFileSync(join(out, 'su-kien/chuyen-muc-cchc-thang-2/index.html'), 'utf8');
    for (const kind of ['gif', 'avif', 'webp', 'jpeg']) expect(page).toContain(`alt="Ảnh ${kind}"`);
  });

  it('refuses what check refuses, with the same findings, and never prints what a link points at', async () => {
    const huge = Buffer.from(
      await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    huge.writeUInt32BE(30_000, 16);
    huge.writeUInt32BE(30_000, 20);
    const dir = commune(
      { file: 'site.yaml', edit: (t) => t.replace('url: https://chauthanh-2024.example.org', 'url: "javascript:alert(1)"') },
      { file: COVER, linkTo: '/etc/passwd' },
      { file: 'events/images/lon.png', write: huge },
      { file: 'events/chuyen-muc-cchc-thang-1.md', edit: (t) => t.replace(/^task: /m, 'photos:\n  - src: ./images/lon.png\n    alt: Ảnh quá lớn\ntask: ') },
      { file: DOCUMENT, edit: (t) => t.replace('file: "./tep/Kế hoạch 59-KH-UBND.pdf"', 'file: ../../../../x.pdf') },
      { file: NEWS, copyTo: 'news/!!!.md' },
      { file: PROCEDURE, edit: (t) => t.replace(/^code: .*$/m, (line) => `${line}\nportalUrl: "vbscript:msgbox(1)"`) },
    );
    const checked = check(dir);
    const built = buildCommune(dir, join(work, 'refused'));
    expect(checked.status).toBe(1);
    expect(built.status).not.toBe(0);
    const fromCheck = errorBlocks(checked.output);
    expect(fromCheck, checked.output).toHaveLength(6);
    expect(errorBlocks(built.output)).toEqual(fromCheck);
    for (const output of [checked.output, built.output]) expect(output).not.toMatch(/root:x?:?0/);
  });
});
