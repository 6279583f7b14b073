/**
 * The size of a built tree (a commune's dist/, or a province's assembled
 * site) against what the Pages hosts accept, so a province learns it is
 * outgrowing Pages before a deploy is refused (docs/deploy.md: object
 * storage with a CDN beyond that).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface TreeSize {
  bytes: number;
  files: number;
}

/** What each host publishes at most for one site; `files: null` where the host sets no count. */
export const PAGES_LIMITS = {
  // docs.github.com, "GitHub Pages limits": published sites may be no larger than 1 GB.
  github: { name: 'GitHub Pages', bytes: 1_000_000_000, files: null },
  // docs.gitlab.com, GitLab.com settings: Pages maximum size 1 GB, at most 200,000 files a site.
  gitlab: { name: 'GitLab Pages', bytes: 1_000_000_000, files: 200_000 },
} as const;

export type PagesHost = keyof typeof PAGES_LIMITS;

/** From this share of a limit on, the report warns: room for a few months of news, not a surprise refusal. */
const WARN_SHARE = 0.8;

export interface HostFit {
  host: PagesHost;
  name: string;
  limitBytes: number;
  limitFiles: number | null;
  /** The larger of the two shares (size, file count) of the host's limits. */
  share: number;
  level: 'ok' | 'near' | 'over';
}

/** How `size` fits each host's limits. */
export function fitHosts(size: TreeSize): HostFit[] {
  return (Object.keys(PAGES_LIMITS) as PagesHost[]).map((host) => {
    const limit = PAGES_LIMITS[host];
    const share = Math.max(size.bytes / limit.bytes, limit.files === null ? 0 : size.files / limit.files);
    const level = share > 1 ? 'over' : share >= WARN_SHARE ? 'near' : 'ok';
    return { host, name: limit.name, limitBytes: limit.bytes, limitFiles: limit.files, share, level };
  });
}

/** Every file under `dir`, counted and summed (what a host would store). */
export function measureTree(dir: string): TreeSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { bytes, files };
}
