/**
 * The `cchc` command-line tool: `cchc <command> [options]`. bin/cchc.mjs
 * loads this file; this repository's npm scripts and a site's run it.
 *
 * A command is one module in ./commands/, one line in COMMANDS and its help
 * in src/i18n/cli.ts (commandHelp; the type below asks for both). Modules are
 * loaded on use, so `cchc check` never loads the build or the importer.
 */
import { cliHelp, commandHelp, EXIT } from '../i18n/cli.ts';
import type { Command } from './command.ts';
import { UsageError } from './options.ts';

const COMMANDS: Record<keyof typeof commandHelp, () => Promise<{ default: Command }>> = {
  init: () => import('./commands/init.ts'),
  new: () => import('./commands/new.ts'),
  check: () => import('./commands/check.ts'),
  build: () => import('./commands/build.ts'),
  'build-all': () => import('./commands/build-all.ts'),
  'build-hub': () => import('./commands/build-hub.ts'),
  report: () => import('./commands/report.ts'),
  verify: () => import('./commands/verify.ts'),
  import: () => import('./commands/import.ts'),
  'search-index': () => import('./commands/search-index.ts'),
  size: () => import('./commands/size.ts'),
};

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

const help = () => cliHelp.main(Object.keys(COMMANDS).map((name) => [name, commandHelp[name as keyof typeof commandHelp].summary]));

/** Runs `cchc` with `argv` (the arguments after the program) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name as keyof typeof COMMANDS] : undefined;
  if (!load) {
    console.error(`${cliHelp.unknownCommand(name)}\n\n${help()}`);
    return EXIT.usage;
  }
  const command = (await load()).default;
  if (wantsHelp(rest)) {
    console.log(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${command.usage}`);
      return EXIT.usage;
    }
    // Our own failures carry a Vietnamese message (settings, site.yaml); a bug shows where it happened.
    console.error(
      error instanceof Error && !(error instanceof TypeError || error instanceof ReferenceError)
        ? error.message
        : cliHelp.unexpected(String((error as Error)?.stack ?? error)),
    );
    return EXIT.failed;
  }
}
