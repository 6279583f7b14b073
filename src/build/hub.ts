/**
 * The provincial hub's build (`cchc build-hub`): Astro in hub mode (the
 * settings' `hub`, src/integrations/portal.ts injects src/routes-hub/) with
 * the province folder as its content, into a staging folder beside the
 * output; then the search index over the hub's pages and every commune's
 * built pages (./hub-search.ts); and only when both succeeded, the hub's
 * files take their place at the output's root, beside dist/<slug>/ of each
 * commune, which the hub never touches.
 *
 * The output root holds the communes too, so it cannot be swapped as one
 * folder the way a commune's is (./atomic.ts). Instead each top-level entry
 * of the hub is swapped by rename (old out, new in), and the names the hub
 * wrote are recorded (HUB_MANIFEST) so the next build removes those it no
 * longer writes. A failed build leaves the last good hub exactly as it was.
 *
 * Like a commune's, the hub's build is skipped when nothing it shows changed
 * (./fingerprint.ts): the generator, the settings, the day, the province
 * folder, each commune's content and each commune's built site. With
 * `lastGood`, a copy of the last good hub is kept apart (putBack, saveCopy).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hubMessages as m } from '../i18n/cli.ts';
import type { Settings } from '../settings/settings.ts';
import { astroBuild, type BuildRequest } from './atomic.ts';
import { BUILD_RECORD, buildFingerprint, hubInputs, isUpToDate, recordBuild } from './fingerprint.ts';
import { writeHubSearchIndex } from './hub-search.ts';
import { PROVINCE_FOLDER, provinceCommunes, provinceSiteFile } from './province.ts';

/** The hub's own top-level names in the output root, written after each swap. */
const HUB_MANIFEST = '.cchc-hub.json';
/** Each commune's rows of the progress board, kept with the hub for its next build (src/data/hub-boards.ts). */
const HUB_ROWS = '.cchc-hub-rows.json';

export interface HubResult {
  ok: boolean;
  /** Nothing the hub shows changed since its last build: it was kept as it is. */
  skipped: boolean;
  seconds: number;
  /** Pages in the province-wide search index. */
  pages: number;
}

/** The province folder of the repository whose communes are in `communesDir`, or undefined. */
function provinceBeside(communesDir: string): string | undefined {
  const province = join(dirname(communesDir), PROVINCE_FOLDER);
  return existsSync(provinceSiteFile(province)) ? province : undefined;
}

function hubEntries(outRoot: string): string[] {
  try {
    return JSON.parse(readFileSync(join(outRoot, HUB_MANIFEST), 'utf8')) as string[];
  } catch {
    return [];
  }
}

/** The hub's files replace the last good hub's, entry by entry; the communes' folders stay as they are. */
function swapIn(staging: string, outRoot: string): void {
  mkdirSync(outRoot, { recursive: true });
  const trash = join(outRoot, `.hub-old-${process.pid}`);
  mkdirSync(trash);
  const fresh = readdirSync(staging);
  const stale = hubEntries(outRoot).filter((name) => !fresh.includes(name));
  for (const name of [...fresh, ...stale]) if (existsSync(join(outRoot, name))) renameSync(join(outRoot, name), join(trash, name));
  for (const name of fresh) renameSync(join(staging, name), join(outRoot, name));
  writeFileSync(join(outRoot, HUB_MANIFEST), JSON.stringify(fresh));
  rmSync(trash, { recursive: true, force: true });
}

/** The hub's files in `outRoot`: its entries, its manifest and its build record; empty when it has no hub. */
function hubFiles(outRoot: string): string[] {
  const entries = hubEntries(outRoot);
  return entries.length === 0 ? [] : [...entries, HUB_MANIFEST, BUILD_RECORD].filter((name) => existsSync(join(outRoot, name)));
}

/**
 * A copy of the last good hub kept apart (`--last-good DIR`), for a CI job
 * that assembles the output afresh from the communes' artifacts: put into
 * the output before the build, it is what a failed build keeps and what an
 * unchanged one skips to; replaced by the hub after every good build.
 */
function putBack(saved: string, outRoot: string): void {
  if (hubFiles(outRoot).length > 0) return;
  for (const name of hubFiles(saved)) cpSync(join(saved, name), join(outRoot, name), { recursive: true });
}

function saveCopy(outRoot: string, saved: string): void {
  const fresh = `${saved}.new-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  for (const name of hubFiles(outRoot)) cpSync(join(outRoot, name), join(fresh, name), { recursive: true });
  rmSync(saved, { recursive: true, force: true });
  renameSync(fresh, saved);
}

export async function buildHub(request: Omit<BuildRequest, 'astroArgs'> & { lastGood?: string | undefined }): Promise<HubResult> {
  const { lastGood, out } = request;
  if (lastGood) putBack(resolve(lastGood), resolve(out));
  const result = await buildHubIn(request);
  if (lastGood && result.ok) saveCopy(resolve(out), resolve(lastGood));
  return result;
}

async function buildHubIn({ settings, out, log }: Omit<BuildRequest, 'astroArgs'>): Promise<HubResult> {
  const started = performance.now();
  const province = provinceBeside(settings.communesDir);
  if (!province) {
    console.error(m.notProvince(settings.communesDir));
    return { ok: false, skipped: false, seconds: 0, pages: 0 };
  }
  const outRoot = resolve(out);
  const say = log === 'stdout' ? console.log : console.error;
  const staging = resolve(dirname(outRoot), `.dist-hub-${process.pid}`);
  // The build reads the last good hub's rows and writes its own beside the staging folder; they join the hub when it is good.
  const rows = `${staging}.rows.json`;
  const failed = (): HubResult => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(rows, { force: true });
    console.error(m.failed(hubEntries(outRoot).length > 0));
    return { ok: false, skipped: false, seconds: (performance.now() - started) / 1000, pages: 0 };
  };
  // The province folder is the hub's content (its news, its procedure list); it is no commune's province here.
  const hubSettings: Settings = { ...settings, contentDir: province, provinceDir: undefined, hub: true, base: undefined, hubRows: undefined };
  const slugs = provinceCommunes(province);
  const fingerprint = buildFingerprint({ settings: hubSettings, args: [], more: hubInputs(settings.communesDir, outRoot, slugs) });
  if (!settings.forceBuild && isUpToDate(outRoot, fingerprint)) {
    say(m.unchanged(outRoot));
    return { ok: true, skipped: true, seconds: (performance.now() - started) / 1000, pages: 0 };
  }
  if (existsSync(join(outRoot, HUB_ROWS))) cpSync(join(outRoot, HUB_ROWS), rows);
  if (!(await astroBuild({ ...hubSettings, hubRows: rows }, staging, [], log))) return failed();
  if (existsSync(rows)) renameSync(rows, join(staging, HUB_ROWS));
  const clash = readdirSync(staging).filter((name) => slugs.includes(name));
  if (clash.length) {
    console.error(m.slugClash(clash));
    return failed();
  }
  const built = slugs.filter((slug) => existsSync(join(outRoot, slug, 'index.html')));
  const missing = slugs.filter((slug) => !built.includes(slug));
  if (missing.length) console.error(m.noCommuneSites(missing));
  let pages: number;
  try {
    ({ pages } = await writeHubSearchIndex(
      staging,
      built.map((slug) => ({ slug, dir: join(outRoot, slug) })),
    ));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return failed();
  }
  swapIn(staging, outRoot);
  rmSync(staging, { recursive: true, force: true });
  recordBuild(outRoot, fingerprint);
  const seconds = (performance.now() - started) / 1000;
  say(m.done(outRoot, seconds, pages));
  return { ok: true, skipped: false, seconds, pages };
}
