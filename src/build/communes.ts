/**
 * A district's communes in one repository: communes/<slug>/content, each
 * published under /<slug>/ (docs/deploy.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A commune's folder name, which is also its base path. */
export const COMMUNE_SLUG = /^[a-z0-9-]+$/;

export const communeContent = (root: string, slug: string): string => join(root, slug, 'content');

/** The communes under `root`, sorted: folders with a content/site.yaml. */
export function listCommunes(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && COMMUNE_SLUG.test(d.name) && existsSync(join(communeContent(root, d.name), 'site.yaml')))
    .map((d) => d.name)
    .sort();
}
