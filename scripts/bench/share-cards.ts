#!/usr/bin/env node
/**
 * CPU per share card, drawing only (no cache, no Astro): two versions of
 * src/lib/share-card/ draw the same cards, each run in a fresh Node process
 * (a build starts with empty caches too), the versions alternating so a busy
 * spell on the shared machine falls on both. Prints per version the median
 * over the runs of CPU per card (user + system of the whole process: every
 * thread, zlib and garbage collection included), how much of it is encoding
 * (CPU inside zlib's deflate) and how much drawing (the rest), the font
 * loading once per build, and the bytes of a card.
 *
 *   node scripts/bench/share-cards.ts                      # main against the working tree
 *   node scripts/bench/share-cards.ts --base main --head HEAD --cards 1500 --runs 5
 *
 * The cards are a benchmark commune's (scripts/bench/generate.ts): news
 * titles from the same Markov chain, procedure names with their facts lines,
 * in the proportion of a build's cards. Asserts nothing; not a test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import zlib from 'node:zlib';
import { parseOptions } from '../../src/cli/options.ts';
import { shareUi } from '../../src/i18n/vi.ts';
import type { ShareText } from '../../src/lib/share-image.ts';
import { linkNodeModules } from './bare-site.ts';
import { loadCorpus, mixFor, seeded } from './generate.ts';
import { median } from './stats.ts';
import { PROCEDURE_QUALIFIERS, VILLAGES } from './words.ts';

const REPO = resolve(import.meta.dirname, '../..');

interface Sample {
  setupMs: number;
  cpuMs: number;
  encodeMs: number;
  bytes: number;
  cards: number;
}

/** In a child: draws every card of `textsFile` with the version under `root` and prints one Sample as JSON. */
async function child(root: string, textsFile: string): Promise<void> {
  let encodeUs = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  // Every deflate the encoder calls, timed where it is called (named imports follow the builtin once synced).
  for (const name of ['deflateSync', 'deflateRawSync'] as const) {
    const original = zlib[name] as (...args: unknown[]) => unknown;
    (zlib as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const start = cpu();
      try {
        return original(...args);
      } finally {
        encodeUs += cpu() - start;
      }
    };
  }
  syncBuiltinESMExports();
  const texts = JSON.parse(readFileSync(textsFile, 'utf8')) as ShareText[];
  const { shareFaces } = (await import(join(root, 'src/data/share-image.ts'))) as typeof import('../../src/data/share-image.ts');
  const { drawShareCard } = (await import(join(root, 'src/lib/share-card/draw.ts'))) as typeof import('../../src/lib/share-card/draw.ts');
  const start = cpu();
  const faces = shareFaces();
  const drawing = cpu();
  encodeUs = 0;
  let bytes = 0;
  for (const text of texts) bytes += drawShareCard(faces, text).length;
  const end = cpu();
  const sample: Sample = { setupMs: (drawing - start) / 1000, cpuMs: (end - drawing) / 1000, encodeMs: encodeUs / 1000, bytes, cards: texts.length };
  process.stdout.write(JSON.stringify(sample));
}

/** A build's cards: news without a cover and procedures, in the benchmark commune's proportion. */
function benchTexts(count: number): ShareText[] {
  const corpus = loadCorpus();
  const rnd = seeded(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const mix = mixFor(2000);
  const newsShare = (mix.news * 0.2) / (mix.news * 0.2 + mix.procedures);
  const footer = { agency: 'Ủy ban nhân dân xã Bằng Cả', place: 'tỉnh Quảng Ninh' };
  const fees = ['Miễn phí', 'Phí, lệ phí: 2.000 đồng', 'Lệ phí: 8.000 đồng/bản', 'Phí, lệ phí: 50.000 đồng hoặc theo mức quy định'];
  const times = ['Thời hạn: Ngay trong ngày tiếp nhận hồ sơ', 'Thời hạn: 05 ngày làm việc', 'Thời hạn: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ'];
  const online = ['Nộp trực tuyến toàn trình', 'Nộp trực tuyến một phần', 'Nộp trực tiếp, chưa nộp trực tuyến được'];
  return Array.from({ length: count }, (): ShareText => {
    if (rnd() < newsShare) {
      const title = `${corpus.titles.sentence(rnd, 6, 16, true)} ${pick(['tại', 'ở'])} ${pick(VILLAGES)}`;
      return { title, kicker: shareUi.kicker, ...footer };
    }
    const name = `${pick(corpus.templates.procedures!).data.name as string} ${pick(PROCEDURE_QUALIFIERS)}`;
    return { title: name, kicker: shareUi.procedureKicker, ...footer, facts: [pick(fees), pick(times), pick(online)] };
  });
}

/** `git archive` of src/ at `ref` under `work`, with the repository's packages linked. */
function snapshot(work: string, ref: string): string {
  const dir = join(work, ref.replace(/\W+/g, '-'));
  mkdirSync(dir);
  execFileSync('tar', ['-x', '-C', dir], { input: execFileSync('git', ['archive', ref, 'src'], { cwd: REPO, maxBuffer: 1 << 30 }) });
  linkNodeModules(dir);
  return dir;
}

async function main(): Promise<void> {
  const { values } = parseOptions(process.argv.slice(2), {
    base: { type: 'string', default: 'main' },
    head: { type: 'string' },
    cards: { type: 'string', default: '1500' },
    runs: { type: 'string', default: '5' },
    child: { type: 'string' },
    texts: { type: 'string' },
  });
  if (values.child && values.texts) return child(values.child, values.texts);
  const work = mkdtempSync(join(tmpdir(), 'cchc-bench-cards-'));
  try {
    const textsFile = join(work, 'texts.json');
    writeFileSync(textsFile, JSON.stringify(benchTexts(Number(values.cards))));
    const versions = [
      { name: values.base, root: snapshot(work, values.base) },
      values.head ? { name: values.head, root: snapshot(work, values.head) } : { name: 'working tree', root: REPO },
    ].map((v) => ({ ...v, samples: [] as Sample[] }));
    for (let run = 0; run < Number(values.runs); run++) {
      for (const v of versions) {
        const out = execFileSync(process.execPath, [import.meta.filename, '--child', v.root, '--texts', textsFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
        const sample = JSON.parse(out) as Sample;
        v.samples.push(sample);
        console.log(`${v.name} run ${run + 1}: ${(sample.cpuMs / sample.cards).toFixed(2)} ms a card (encoding ${(sample.encodeMs / sample.cards).toFixed(2)} ms)`);
      }
    }
    const perCard = (s: Sample) => s.cpuMs / s.cards;
    console.log(`\n${values.cards} cards, median of ${values.runs} runs, CPU of the whole process`);
    console.log('| version | CPU a card | drawing | encoding | encoding share | fonts, once | bytes a card |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const v of versions) {
      // The median run by CPU a card, its split and size reported with it.
      const m = median(v.samples.map(perCard));
      const s = v.samples.find((x) => perCard(x) === m)!;
      const encode = s.encodeMs / s.cards;
      const cells = [
        m.toFixed(2),
        (m - encode).toFixed(2),
        encode.toFixed(2),
        `${((100 * encode) / m).toFixed(0)}%`,
        `${median(v.samples.map((x) => x.setupMs)).toFixed(0)} ms`,
      ];
      console.log(`| ${v.name} | ${cells.map((c, i) => (i < 3 ? `${c} ms` : c)).join(' | ')} | ${Math.round(s.bytes / s.cards)} |`);
    }
    const [base, head] = versions.map((v) => median(v.samples.map(perCard))) as [number, number];
    console.log(`\n${versions[1]!.name} draws a card in ${(head / base).toFixed(2)}× the CPU of ${values.base} (${(base / head).toFixed(1)}× cheaper)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
