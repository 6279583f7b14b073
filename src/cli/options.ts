/**
 * The one option parser of the command-line tool and the maintainer
 * scripts: node:util's parseArgs, strict, with its English complaint turned
 * into a UsageError the tool prints in Vietnamese beside the command's usage.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { COMMUNE_SLUG, communeContent, listCommunes } from '../build/communes.ts';
import { buildMessages, cliHelp } from '../i18n/cli.ts';
import { readSettings } from '../settings/settings.ts';

/** The caller asked for something the command does not take: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` against `options`; positionals are allowed (commands check their own count). */
export function parseOptions<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains in English; the clerk reads which option, in Vietnamese.
    const { code, message } = error as Error & { code?: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
    throw new UsageError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? cliHelp.unknownOption(option) : cliHelp.badOptionValue(option));
  }
}

/**
 * Which commune a content command (new, check, report, import) reads, declared once:
 * --content DIR (a content folder, or a site folder holding content/), or
 * --commune SLUG in a repository of many communes (communes/SLUG/content,
 * --communes for another root). Commands that take the folder as an
 * argument pass their positional to contentFolder as well.
 */
export const CONTENT_OPTIONS = {
  content: { type: 'string' },
  commune: { type: 'string' },
  communes: { type: 'string' },
} as const;

/** The communes' root: --communes, else the settings' (CCHC_COMMUNES_DIR, ./communes). */
function communesRoot(flag: string | undefined): string {
  return flag ? resolve(flag) : readSettings().communesDir;
}

/** communes/SLUG/content under `root`; an unknown slug is a UsageError listing the communes there. */
export function communeFolder(root: string, slug: string): string {
  const content = communeContent(root, slug);
  const siteYaml = join(content, 'site.yaml');
  if (COMMUNE_SLUG.test(slug) && existsSync(siteYaml)) return content;
  const known = listCommunes(root);
  throw new UsageError(`${buildMessages.unknownCommune(slug, siteYaml)}\n${known.length ? buildMessages.knownCommunes(root, known) : buildMessages.noCommunes(root)}`);
}

/** A site folder given for its content: DIR itself when it holds site.yaml (or is no site), else DIR/content. */
function siteContent(dir: string): string {
  const inner = join(dir, 'content');
  return !existsSync(join(dir, 'site.yaml')) && existsSync(inner) && statSync(inner).isDirectory() ? inner : dir;
}

/**
 * The commune's content folder from CONTENT_OPTIONS and an optional folder
 * argument; with none of them, the settings' (CCHC_CONTENT_DIR, ./content).
 */
export function contentFolder(values: { content?: string | undefined; commune?: string | undefined; communes?: string | undefined }, folder?: string): string {
  const given = [folder !== undefined && 'THƯ-MỤC', values.content !== undefined && '--content', values.commune !== undefined && '--commune'].filter(
    (g): g is string => typeof g === 'string',
  );
  if (given.length > 1) throw new UsageError(cliHelp.oneSite(given));
  if (values.commune !== undefined) return communeFolder(communesRoot(values.communes), values.commune);
  const dir = folder ?? values.content;
  // A folder that does not exist yet is taken as written: check reports its missing site.yaml, new creates it.
  return dir === undefined ? readSettings().contentDir : siteContent(resolve(dir));
}
