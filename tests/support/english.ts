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
const ASTRO_PROGRESS = [
  /^\d\d:\d\d:\d\d \[(build|vite|content|types)\] /,
  /^\d\d:\d\d:\d\d ✓ Completed in /,
  /^\s*[├└]─ \//,
  /^ generating (static routes|optimized images) $/,
  // One line per optimised image (astro:assets): its file, then "(reused cache entry)", "(revalidated cache entry)" or "(before: … after: …)".
  /^\d\d:\d\d:\d\d\s+▶ \/\S+ \(((reused|revalidated) cache entry|before: [^)]*)\) \(\+\d+ms\) \(\d+\/\d+\)$/,
];

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

/*
 * The CMS's strings: English found by vocabulary. The vocabulary is every word of the
 * CMS's own English locale (so a string copied from it is caught); names of
 * products, file formats and keys, acronyms, {$placeholders}, `code`, file
 * names and addresses are not English prose and are skipped.
 */

/** Names a Vietnamese text keeps as they are, and loanwords Vietnamese uses as they are. */
const NAMES: ReadonlySet<string> = new Set([
  // Products and services.
  'Sveltia',
  'GitHub',
  'GitLab',
  'Git',
  'Cloudinary',
  'YouTube',
  'Discord',
  'Bluesky',
  'Chrome',
  'Edge',
  'Excel',
  'Word',
  'PowerPoint',
  'OpenDocument',
  'QuickTime',
  'JavaScript',
  'Markdown',
  'OAuth',
  'WebM',
  'WebP',
  'Ogg',
  'Bearer',
  'localhost',
  // Field types and features named in the CMS's configuration errors (for the maintainer, named as configured).
  'Date',
  'DateTime',
  'Open',
  'Authoring',
  'Implicit',
  'Flow',
  // The key on the keyboard.
  'Enter',
  // Loanwords in everyday Vietnamese.
  'video',
  'Video',
  'email',
  'cookie',
  'webhook',
  'Webhook',
  'menu',
]);

const PLAIN = (text: string) =>
  text
    .replace(/\{\$\w+[^}]*\}|\$\w+|\.input|\.match/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    // File and folder names (news/images, site.yaml) and settings (lateFiles.officials: name) as the clerk types them.
    .replace(/[\w.-]*[/.][\w./-]*\w(?::\s*\w+)?|\w+\//g, ' ')
    .replace(/<[^>]+>/g, ' ');

const wordsOf = (text: string): string[] => PLAIN(text).match(/[A-Za-z]+/g) ?? [];

/** The vocabulary: words of three letters or more in some English texts, lowercased. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (word.length >= 3) out.add(word.toLowerCase());
  return out;
}

/** The English words of `text`: in the vocabulary, not a name, not an acronym. */
export function englishIn(text: string, english: ReadonlySet<string>): string[] {
  return wordsOf(text).filter((w) => w.length >= 3 && english.has(w.toLowerCase()) && !NAMES.has(w) && w !== w.toUpperCase());
}
