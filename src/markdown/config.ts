/**
 * The `markdown` block of the Astro config: Sätteri with the sanitiser.
 * Syntax highlighting is off: Shiki colours code with style attributes,
 * which the allowlist removes, and clerks' pages carry no source code.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, SANITIZE_PLUGINS } from './processor.ts';

export function markdownConfig() {
  return {
    processor: satteri({ features: MARKDOWN_FEATURES, ...SANITIZE_PLUGINS }),
    syntaxHighlight: false as const,
  };
}
