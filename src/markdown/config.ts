/**
 * The `markdown` block of the Astro config: Sätteri with the sanitiser.
 * Syntax highlighting is off: Shiki colours code with style attributes,
 * which the allowlist removes, and clerks' pages carry no source code.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, sanitizePlugins } from './processor.ts';

/** `base`: the path the site is published under; root-relative links in clerk Markdown gain it. */
export function markdownConfig(base: string) {
  return {
    processor: satteri({ features: MARKDOWN_FEATURES, ...sanitizePlugins(base) }),
    syntaxHighlight: false as const,
  };
}
