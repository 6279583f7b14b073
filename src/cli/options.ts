/**
 * The one option parser of the command-line tool and the maintainer
 * scripts: node:util's parseArgs, strict, with its English complaint turned
 * into a UsageError the tool prints in Vietnamese beside the command's usage.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { cliHelp } from '../i18n/cli.ts';
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

/** The commune's content folder: --content when given, else the settings' (CCHC_CONTENT_DIR, ./content). */
export function contentFolder(flag: string | undefined): string {
  return flag ? resolve(flag) : readSettings().contentDir;
}
