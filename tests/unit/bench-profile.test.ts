/**
 * The benchmark's pure parts: CPU profile attribution by phase, Astro's
 * per-route times from its log, Starlight's front matter, medians and the
 * alternating order. No build, no timing.
 */
import { describe, expect, it } from 'vitest';
import { type CpuProfile, phaseTimes, profilePid, routeTimes } from '../../scripts/bench/cpuprofile.ts';
import { threadKind } from '../../scripts/bench/measure.ts';
import { declaredFunctions, inModule, inPackage, portalPhases } from '../../scripts/bench/phases.ts';
import { routeGroup, routeRows } from '../../scripts/bench/profile.ts';
import { asStarlightPage, starlightFrontMatter } from '../../scripts/bench/starlight-site.ts';
import { alternating, median, medianRun, ratio } from '../../scripts/bench/stats.ts';

const frame = (functionName: string, url = '') => ({ functionName, url });
const NM = 'file:///repo/node_modules';

/**
 * A profile from a tree given as [id, parent, frame] and samples as [id, µs]
 * (the µs a sample lasted: the delta that follows it).
 */
function profileOf(tree: [number, number | null, ReturnType<typeof frame>][], samples: [number, number][]): CpuProfile {
  const nodes = tree.map(([id, , callFrame]) => ({ id, callFrame, children: tree.filter(([, p]) => p === id).map(([c]) => c) }));
  return { nodes, startTime: 0, endTime: 0, samples: samples.map(([id]) => id), timeDeltas: [0, ...samples.map(([, us]) => us)] };
}

describe('phaseTimes', () => {
  const tree: [number, number | null, ReturnType<typeof frame>][] = [
    [1, null, frame('(root)')],
    [2, 1, frame('(idle)')],
    [3, 1, frame('(garbage collector)')],
    [4, 1, frame('GET', 'file:///p/.astro/.prerender/chunks/anh-chia-se_Bj6V.mjs')],
    [5, 4, frame('renderShareImage', 'file:///p/.astro/.prerender/chunks/share-image_CWT.mjs')],
    [6, 5, frame('toBuffer', `${NM}/sharp/lib/output.js`)],
    [7, 1, frame('layout', `${NM}/satori/dist/index.js`)],
    [8, 1, frame('generatePages', `${NM}/astro/dist/core/build/generate.js`)],
    [9, 8, frame('toBuffer', `${NM}/sharp/lib/output.js`)],
    [10, 1, frame('main', 'file:///p/src/cli/main.ts')],
    [11, 10, frame('spawnSync', 'node:child_process')],
    [12, 11, frame('(program)')],
    [13, 1, frame('toString')],
  ];
  const rules = [
    { phase: 'satori', all: [inPackage('satori')] },
    { phase: 'card sharp', all: [inModule('src/data/share-image.ts', new Set(['renderShareImage'])), inPackage('sharp')] },
    { phase: 'card', all: [inModule('src/data/share-image.ts', new Set(['renderShareImage']))] },
    { phase: 'images', all: [inPackage('sharp')] },
    { phase: 'rendering', all: [({ url }: { url: string }) => url.includes('/astro/dist/core/build/generate')] },
  ];
  const times = phaseTimes(
    profileOf(tree, [
      [2, 5000],
      [3, 300],
      [4, 1000],
      [5, 2000],
      [6, 4000],
      [7, 1500],
      [8, 700],
      [9, 600],
      [11, 9000],
      [12, 9000],
      [13, 100],
    ]),
    rules,
  );

  it('gives a sample to the first phase whose conditions its stack meets, in milliseconds', () => {
    expect(times.get('card sharp')).toBe(4);
    expect(times.get('card')).toBe(2);
    // Sharp outside a share card is image processing; the rendering frame above it does not win.
    expect(times.get('images')).toBe(0.6);
    expect(times.get('rendering')).toBe(0.7);
    expect(times.get('satori')).toBe(1.5);
  });

  it('leaves idle time and time blocked on another process out, names V8 pseudo-frames, and the rest', () => {
    expect(times.get('garbage collection (main thread)')).toBe(0.3);
    // The chunk named after the endpoint, not after the share-image module: matched by no rule.
    expect(times.get('other JavaScript')).toBeCloseTo(1.1);
    expect([...times.keys()].some((k) => /idle|spawn|program/.test(k))).toBe(false);
  });
});

describe('module and package tests', () => {
  it('finds the functions a module declares', () => {
    const names = declaredFunctions(
      'export function a() {}\nasync function b() {}\nexport const c = (x: number) => x;\nconst d = async (y) => y;\nconst e = 3;\nexport async function* f() {}\n',
    );
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('recognises a module by its file, its chunk, or its functions in a bundled page', () => {
    const qr = inModule('src/lib/qr.ts', new Set(['qrSvg']));
    expect(qr(frame('x', 'file:///p/src/lib/qr.ts'))).toBe(true);
    expect(qr(frame('x', 'file:///p/.astro/.prerender/chunks/qr_AbC-12.mjs'))).toBe(true);
    expect(qr(frame('qrSvg', 'file:///p/.astro/.prerender/chunks/ban-in_X.mjs'))).toBe(true);
    expect(qr(frame('qrSvg', `${NM}/other/index.js`))).toBe(false);
    expect(qr(frame('x', 'file:///p/.astro/.prerender/chunks/qrcode_X.mjs'))).toBe(false);
    expect(inPackage('sharp')(frame('x', `${NM}/sharp-like/index.js`))).toBe(false);
  });

  it('the portal rules read their modules and name every phase the issue asks for', () => {
    const phases = portalPhases().map((r) => r.phase);
    for (const word of ['share cards', 'validation', 'QR', 'JSON-LD', 'Markdown', 'images', 'sitemap', 'content loading', 'rendering', 'search index']) {
      expect(phases.some((p) => p.includes(word))).toBe(true);
    }
  });
});

describe('the profile files and the build log', () => {
  it('reads the process id from a profile file name', () => {
    expect(profilePid('CPU.20261130.090046.5676.0.001.cpuprofile')).toBe(5676);
    expect(profilePid('notes.txt')).toBeUndefined();
  });

  it("reads Astro's per-file times, coloured or not, pages apart from optimised images", () => {
    const log = [
      '09:00:53   ├─ /tin-tuc/a/index.html (+12ms) ',
      '\x1b[2m09:00:53\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/tin-tuc/a/anh-chia-se.png\x1b[22m \x1b[2m(+1.2s)\x1b[22m',
      '09:00:58   ▶ /_astro/anh-1.BG6R3ht0_12GeDI.webp (before: 154kB, after: 5kB) (+41ms) (1/15)',
      '09:00:58 [build] ✓ Completed in 5.86s.',
    ].join('\n');
    expect(routeTimes(log)).toEqual({
      routes: [
        { path: '/tin-tuc/a/index.html', ms: 12 },
        { path: '/tin-tuc/a/anh-chia-se.png', ms: 1200 },
      ],
      images: [{ path: '/_astro/anh-1.BG6R3ht0_12GeDI.webp', ms: 41 }],
    });
    expect(routeRows(log)).toEqual([
      { group: 'share card (PNG)', files: 1, ms: 1200 },
      { group: 'news article', files: 1, ms: 12 },
      { group: 'optimised images (astro:assets)', files: 1, ms: 41 },
    ]);
  });

  it('groups files by page type or kind of file', () => {
    expect(routeGroup('/index.html')).toBe('home');
    expect(routeGroup('/thu-tuc-hanh-chinh/a/ban-in/index.html')).toBe('procedure notice, print');
    expect(routeGroup('/404.html')).toBe('other');
    expect(routeGroup('/ke-hoach/2024/bao-cao/quy-1/bao-cao.csv')).toBe('report files (CSV, JSON, …)');
    expect(routeGroup('/tin-tuc/rss.xml')).toBe('feeds (RSS)');
  });

  it('names threads by their pool, the main thread apart', () => {
    expect(threadKind(10, 10, 'node')).toBe('main');
    expect(threadKind(10, 12, 'libvips worker')).toBe('libvips worker');
    expect(threadKind(10, 13, 'tokio-runtime-w')).toBe('tokio-runtime-w');
    expect(threadKind(10, 14, 'pool-7')).toBe('pool');
  });
});

describe("Starlight's pages", () => {
  it('takes the title, or a procedure name, and the summary; the body stays as it is', () => {
    expect(starlightFrontMatter({ name: 'Đăng ký khai sinh', summary: 'Tóm tắt', code: '1.0' }, 'f')).toEqual({ title: 'Đăng ký khai sinh', description: 'Tóm tắt' });
    expect(starlightFrontMatter({ title: ' ' }, 'tin-1')).toEqual({ title: 'tin-1' });
    const page = asStarlightPage('---\ntitle: "Tin: mới"\ncover:\n  src: ./images/a.jpg\n---\n\nThân **bài**.\n', 'x');
    expect(page).toBe('---\ntitle: "Tin: mới"\n---\n\nThân **bài**.\n');
  });
});

describe('medians and ratios', () => {
  it('takes the middle value, the lower middle for an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('reports the run whose CPU is the median', () => {
    const runs = [
      { cpuMs: 30, id: 'a' },
      { cpuMs: 10, id: 'b' },
      { cpuMs: 20, id: 'c' },
    ];
    expect(medianRun(runs).id).toBe('c');
  });

  it('prints a ratio, or a dash when a side is missing', () => {
    expect(ratio(50.5, 12.6)).toBe('4.01×');
    expect(ratio(1, 0)).toBe('–');
    expect(ratio(undefined, 2)).toBe('–');
  });

  it('alternates the builds round by round', () => {
    expect(alternating(['p', 'b'], 2)).toEqual([
      { kind: 'p', round: 0 },
      { kind: 'b', round: 0 },
      { kind: 'p', round: 1 },
      { kind: 'b', round: 1 },
    ]);
  });
});
