/**
 * Share addresses a page offers as plain links, so sharing needs no
 * third-party script and sends nothing anywhere until the reader taps.
 * Facebook documents its sharer address; Zalo documents none that works
 * without its own script, so a page offers its address to copy instead
 * (src/components/ShareLinks.astro).
 */
import { queryValue } from './safe-url.ts';

/** Facebook's share dialog for a page: https://www.facebook.com/sharer/sharer.php?u=<address>. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${queryValue(pageUrl)}`;
}
