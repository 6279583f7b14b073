// The hub's robots.txt is a commune's: every page allowed, the sitemap named.
export { GET } from '../routes/robots.txt.ts';
