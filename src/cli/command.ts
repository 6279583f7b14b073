/** What every command module under ./commands/ exports as its default. */
export interface Command {
  /** One line for `cchc --help` (commandHelp in src/i18n/cli.ts, which the list reads without loading the command). */
  summary: string;
  /** The command's own help, printed with --help and after a UsageError. */
  usage: string;
  /** Runs with the arguments after the command's name; resolves to the exit code (EXIT in src/i18n/cli.ts). */
  run: (argv: readonly string[]) => number | Promise<number>;
}
