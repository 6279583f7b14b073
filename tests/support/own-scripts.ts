/** The only scripts a built page may hold: JSON-LD data, and module scripts of the site's own, by address. */
export function isOwnScript(openingTag: string): boolean {
  return openingTag === '<script type="application/ld+json">' || /^<script type="module" src="[^"]+">$/.test(openingTag);
}
