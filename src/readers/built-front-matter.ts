/**
 * A Markdown file's front matter as the build reads it. Validation reads it
 * with `yaml` (./front-matter.ts: positions, strict dates, an alias limit);
 * Astro's content layer cuts it with its own pattern and parses it with
 * js-yaml, then checks it against the same schemas. The two parsers disagree
 * on a few inputs: js-yaml stops on a control character and on a tag it does
 * not know (`!foo`), reads `0b101` as 5 and `2024-05-01` as a date, and
 * leaves `+.5` a string. Validation reads every file both ways
 * (src/validation/validate-content.ts), so a file `check` accepts is read the
 * same by the build, and one the build would stop on is reported in
 * Vietnamese first.
 */
import { load, type YAMLException } from 'js-yaml';

/** The pattern of @astrojs/internal-helpers/frontmatter, which the build cuts the front matter with. */
export const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export type BuiltReading =
  | { ok: true; data: unknown }
  /** `line` in the file; `reason` a code of yamlMessages (src/i18n/validation.ts). */
  | { ok: false; line: number | undefined; reason: 'NON_PRINTABLE' | 'UNKNOWN_TAG' | undefined };

export function readAsBuilt(text: string): BuiltReading {
  const raw = ASTRO_FRONT_MATTER.exec(text)?.[1];
  if (raw === undefined) return { ok: true, data: {} };
  try {
    const data = load(raw);
    return { ok: true, data: data && typeof data === 'object' ? data : {} };
  } catch (error) {
    const { reason = '', mark } = error as Partial<YAMLException>;
    // js-yaml counts lines from 0 in the text after the opening "---", so its line 0 is the file's line 1.
    const line = mark ? mark.line + 1 : undefined;
    return { ok: false, line, reason: /non-printable/.test(reason) ? 'NON_PRINTABLE' : /\btag\b/.test(reason) ? 'UNKNOWN_TAG' : undefined };
  }
}

/** The path of the first value in which two readings differ (a date compared by its day), or undefined when they agree. */
export function firstDifference(a: unknown, b: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime() ? undefined : path;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return path;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const at = firstDifference(a[i], b[i], [...path, i]);
      if (at) return at;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const at = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, key]);
      if (at) return at;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : path;
}

/** The value at `path`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
