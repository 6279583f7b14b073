/**
 * Synthetic communes for the benchmark: N entries of realistic Vietnamese
 * content that passes the portal's own validation.
 *
 * - Running text comes from a word-level Markov chain (order 2) trained on the
 *   repository's Markdown and YAML (the demo commune and the fixtures), so
 *   sentences read like the real thing and the vocabulary is the real one,
 *   recombined; names of people and villages come from words.ts.
 * - Front matter starts from the real files of each kind (procedures, news,
 *   events, commendations) and changes the fields that identify an entry.
 * - Images are three small JPEGs made with sharp, shared by every entry that
 *   has one, so image processing is counted once per file as Astro does.
 * - A seeded random generator makes the same commune for the same N.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PROCEDURE_QUALIFIERS, UNITS, VILLAGES } from './words.ts';

const REPO = resolve(import.meta.dirname, '../..');
/** Content the corpus is read from: the demo and the well-formed fixtures. */
const SOURCES = ['content', 'tests/fixtures/chau-thanh-2024', 'tests/fixtures/lien-minh-2022'].map((d) => join(REPO, d));

export type Random = () => number;

/** mulberry32: small, fast, seeded. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const between = (rnd: Random, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

interface SourceFile {
  kind: string;
  data: Record<string, unknown>;
  body: string;
}

export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
}

function readSources(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const root of SOURCES) {
    for (const kind of ['procedures', 'news', 'events', 'commendations', 'plans']) {
      let names: string[] = [];
      try {
        names = readdirSync(join(root, kind)).filter((n) => n.endsWith('.md') && !n.startsWith('_'));
      } catch {
        continue;
      }
      for (const name of names) files.push({ kind, ...splitFrontMatter(readFileSync(join(root, kind, name), 'utf8')) });
    }
  }
  return files;
}

/** Every string in a YAML value, for the corpus. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Plain sentences out of Markdown: no headings, tables, list marks or links. */
function proseOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => !/^\s*(#|\||<|```|---)/.test(l))
    .map((l) =>
      l
        .replace(/^\s*([-*+]|\d+\.)\s+/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]/g, ''),
    )
    .join(' ')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5 && !/https?:|@|\d{4}-\d{2}/.test(s));
}

/** An order-2 word Markov chain. */
class Chain {
  private next = new Map<string, string[]>();
  private starts: [string, string][] = [];

  constructor(sentences: string[]) {
    for (const s of sentences) {
      const words = s.split(/\s+/).filter(Boolean);
      if (words.length < 3) continue;
      this.starts.push([words[0]!, words[1]!]);
      for (let i = 0; i + 2 < words.length; i++) {
        const key = `${words[i]} ${words[i + 1]}`;
        const list = this.next.get(key) ?? [];
        list.push(words[i + 2]!);
        this.next.set(key, list);
      }
    }
  }

  get size() {
    return this.next.size;
  }

  /** A sentence of about min..max words, ending with a full stop unless `bare`. */
  sentence(rnd: Random, min: number, max: number, bare = false): string {
    const words = [...pick(rnd, this.starts)];
    while (words.length < max) {
      const options = this.next.get(`${words.at(-2)} ${words.at(-1)}`);
      if (!options) {
        if (words.length >= min) break;
        words.push(...pick(rnd, this.starts));
        continue;
      }
      const word = pick(rnd, options);
      words.push(word);
      if (/[.!?]$/.test(word) && words.length >= min) break;
    }
    let text = words.join(' ').replace(/[,;:–-]+$/, '');
    text = text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
    if (bare) return text.replace(/[.!?]+$/, '');
    return /[.!?]$/.test(text) ? text : `${text}.`;
  }
}

export interface Corpus {
  prose: Chain;
  titles: Chain;
  templates: Record<string, SourceFile[]>;
  plan: string;
}

export function loadCorpus(): Corpus {
  const sources = readSources();
  const sentences = sources.flatMap((f) => [...proseOf(f.body), ...stringsIn(f.data).flatMap(proseOf)]);
  const titles = sources.flatMap((f) => stringsIn([f.data.title, f.data.name]).filter((t) => t.split(/\s+/).length >= 4));
  const templates: Record<string, SourceFile[]> = {};
  for (const f of sources) templates[f.kind] = [...(templates[f.kind] ?? []), f];
  return {
    prose: new Chain(sentences),
    titles: new Chain(titles.map((t) => `${t}.`)),
    templates,
    plan: readFileSync(join(REPO, 'content/plans/2024.md'), 'utf8'),
  };
}

export function paragraphs(rnd: Random, chain: Chain, count: number): string {
  return Array.from({ length: count }, () => Array.from({ length: between(rnd, 2, 5) }, () => chain.sentence(rnd, 12, 40)).join(' ')).join('\n\n');
}

const personName = (rnd: Random) => `${pick(rnd, FAMILY_NAMES)} ${pick(rnd, MIDDLE_NAMES)} ${pick(rnd, GIVEN_NAMES)}`;

function dateIn(rnd: Random, fromYear: number, toYear: number): string {
  const year = between(rnd, fromYear, toYear);
  const month = between(rnd, 1, 12);
  const day = between(rnd, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function markdownFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** Three 1200 × 800 JPEGs with gradients and noise, 60–110 KB each, like small photos. */
async function writeImages(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  const rnd = seeded(7);
  for (const [i, [r, g, b]] of [
    [180, 60, 40],
    [40, 110, 170],
    [70, 150, 60],
  ].entries()) {
    const width = 1200;
    const height = 800;
    const pixels = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const o = (y * width + x) * 3;
        const noise = (rnd() - 0.5) * 40;
        pixels[o] = Math.max(0, Math.min(255, r! * (x / width) + 60 + noise));
        pixels[o + 1] = Math.max(0, Math.min(255, g! * (y / height) + 50 + noise));
        pixels[o + 2] = Math.max(0, Math.min(255, b! + 40 * Math.sin(x / 60) + noise));
      }
    }
    const name = `anh-${i + 1}.jpg`;
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .jpeg({ quality: 70 })
      .toFile(join(dir, name));
    names.push(name);
  }
  return names;
}

export interface Mix {
  procedures: number;
  news: number;
  events: number;
  commendations: number;
}

/** How N entries divide: mostly news, as a commune's page grows by its news. */
export function mixFor(n: number): Mix {
  const procedures = Math.round(n * 0.15);
  const events = Math.round(n * 0.15);
  const commendations = Math.round(n * 0.1);
  return { procedures, events, commendations, news: n - procedures - events - commendations };
}

/**
 * Writes a commune of `n` entries into `dir` (which must not exist yet), divided as `mix` says (mixFor(n) by default).
 * Returns the mix and one news file to edit.
 */
export async function generateCommune(dir: string, n: number, corpus: Corpus, seed = n, mix = mixFor(n)): Promise<{ mix: Mix; newsFile: string }> {
  const rnd = seeded(seed);
  for (const sub of ['procedures', 'news', 'events', 'commendations', 'plans']) mkdirSync(join(dir, sub), { recursive: true });
  cpSync(join(REPO, 'content/site.yaml'), join(dir, 'site.yaml'));
  writeFileSync(join(dir, 'plans/2024.md'), corpus.plan);
  const taskIds = [...corpus.plan.matchAll(/^ {2}- id: "(\d+)"/gm)].map((m) => m[1]!);
  const images: Record<string, string[]> = {};
  images.news = await writeImages(join(dir, 'news', 'images'));
  for (const kind of ['events', 'commendations']) {
    cpSync(join(dir, 'news', 'images'), join(dir, kind, 'images'), { recursive: true });
    images[kind] = images.news;
  }
  const alt = () => corpus.prose.sentence(rnd, 10, 22);

  const codes = new Set<string>();
  for (let i = 0; i < mix.procedures; i++) {
    const t = pick(rnd, corpus.templates.procedures!);
    let code: string;
    do code = `${between(rnd, 1, 2)}.${String(between(rnd, 0, 999_999)).padStart(6, '0')}`;
    while (codes.has(code));
    codes.add(code);
    const name = `${t.data.name as string} ${pick(rnd, PROCEDURE_QUALIFIERS)}`;
    const data = { ...t.data, code, name, related: [], summary: corpus.prose.sentence(rnd, 18, 35), updated: dateIn(rnd, 2023, 2024) };
    writeFileSync(join(dir, 'procedures', `thu-tuc-${i + 1}.md`), markdownFile(data, paragraphs(rnd, corpus.prose, between(rnd, 2, 5))));
  }

  const topics = [
    'cai-cach-thu-tuc-hanh-chinh',
    'chuyen-doi-so',
    'mot-cua',
    'dich-vu-cong-truc-tuyen',
    'buu-chinh-cong-ich',
    'chi-so-cchc',
    'cong-vu',
    'the-che',
    'doi-thoai',
    'guong-dien-hinh',
  ];
  let newsFile = '';
  for (let i = 0; i < mix.news; i++) {
    const title = `${corpus.titles.sentence(rnd, 6, 16, true)} ${pick(rnd, ['tại', 'ở'])} ${pick(rnd, VILLAGES)}`;
    const data: Record<string, unknown> = {
      title,
      date: dateIn(rnd, 2019, 2024),
      summary: corpus.prose.sentence(rnd, 20, 40),
      topics: [...new Set([pick(rnd, topics), pick(rnd, topics)])],
      unit: pick(rnd, UNITS),
      author: personName(rnd),
    };
    // Four in five news have a cover photo; the rest get the generated share image.
    if (rnd() < 0.8) data.cover = { src: `./images/${pick(rnd, images.news!)}`, alt: alt() };
    const file = join(dir, 'news', `tin-${i + 1}.md`);
    writeFileSync(file, markdownFile(data, paragraphs(rnd, corpus.prose, between(rnd, 3, 8))));
    if (i === Math.floor(mix.news / 2)) newsFile = file;
  }

  const kinds = ['hoi-nghi', 'doi-thoai', 'tap-huan', 'phat-thanh', 'truc-quan', 'khac'];
  for (let i = 0; i < mix.events; i++) {
    const data: Record<string, unknown> = {
      title: `${corpus.titles.sentence(rnd, 8, 14, true)} – ${pick(rnd, VILLAGES)}`,
      date: dateIn(rnd, 2024, 2024),
      kind: pick(rnd, kinds),
      task: `2024/${pick(rnd, taskIds)}`,
      summary: corpus.prose.sentence(rnd, 18, 35),
      place: `Nhà văn hóa ${pick(rnd, VILLAGES)}`,
      unit: pick(rnd, UNITS),
      participants: between(rnd, 20, 200),
    };
    if (rnd() < 0.5) data.photos = [{ src: `./images/${pick(rnd, images.events!)}`, alt: alt() }];
    writeFileSync(join(dir, 'events', `su-kien-${i + 1}.md`), markdownFile(data, paragraphs(rnd, corpus.prose, between(rnd, 1, 4))));
  }

  for (let i = 0; i < mix.commendations; i++) {
    const person = rnd() < 0.6;
    const recipient = person ? `${pick(rnd, ['Ông', 'Bà'])} ${personName(rnd)}` : `${pick(rnd, UNITS)}`;
    const data: Record<string, unknown> = {
      title: `${corpus.titles.sentence(rnd, 8, 16, true)} năm ${between(rnd, 2019, 2024)}`,
      recipient,
      recipientKind: person ? 'person' : 'collective',
      unit: pick(rnd, UNITS),
      reason: pick(rnd, ['initiative', 'exemplary', 'award']),
      summary: corpus.prose.sentence(rnd, 18, 35),
      date: dateIn(rnd, 2019, 2024),
      decision: {
        number: `${i + 1}/QĐ-UBND`,
        title: corpus.titles.sentence(rnd, 10, 18, true),
        issuer: 'Chủ tịch Ủy ban nhân dân xã Bằng Cả',
        date: dateIn(rnd, 2019, 2024),
      },
    };
    if (rnd() < 0.5) data.photo = { src: `./images/${pick(rnd, images.commendations!)}`, alt: alt() };
    writeFileSync(join(dir, 'commendations', `bieu-duong-${i + 1}.md`), markdownFile(data, paragraphs(rnd, corpus.prose, between(rnd, 2, 4))));
  }
  return { mix, newsFile };
}
