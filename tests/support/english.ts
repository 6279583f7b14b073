/** Words of Zod's and the YAML parser's English defaults: none may reach a clerk in a message we write. */
export const ENGLISH =
  /\b(invalid|expected|received|required|must|missing|unexpected|indentation|key|quote|error|line|anchor|string|number|object|array|input|undefined|null|boolean|too (big|small))\b/i;

/**
 * English words that have no Vietnamese reading without marks, for scanning
 * what a clerk reads in a terminal ("in", "to", "the" are left out: "in" and
 * "to" are Vietnamese words, "the" is "thé" and "than" is "than" (coal)).
 */
const ENGLISH_WORDS =
  /\b(does|not|exist|exists|empty|collection|collections|built|building|completed|complete|generating|generated|pages?|errors?|warnings?|found|missing|expected|invalid|failed|failure|static|routes|output|directory|syncing|synced|optimizing|dependencies|because|changed|could|cannot|should|would|please|received|undefined|unknown|skipping|ignored|deprecated|entry|entries|files?|with|from|your|this|that|which|were|was|has|have|been|are|some|more|after|larger|chunks|use|using|consider|into|will|when|there)\b/i;

/**
 * Astro's own progress lines. Astro 7's command line has no level between
 * "info" and "silent" (only a `logger` entry in astro.config.mjs would filter
 * them), so they stay in the output of `cchc build`: they are the only English allowed.
 */
const ASTRO_PROGRESS = [/^\d\d:\d\d:\d\d \[(build|vite|content|types)\] /, /^\d\d:\d\d:\d\d ✓ Completed in /, /^\s*[├└]─ \//, /^ generating static routes $/];

/** Lines of a command's output that read as English, Astro's progress lines excepted. */
export function englishLines(output: string): string[] {
  return (
    output
      .split('\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes start with ESC
      .map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''))
      .filter((line) => !ASTRO_PROGRESS.some((allowed) => allowed.test(line)))
      // File paths and addresses are not words a clerk reads.
      .filter((line) => ENGLISH_WORDS.test(line.replace(/(https?:\/\/|\/)\S*/g, ' ')))
  );
}
