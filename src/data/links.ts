/** Site paths with this build's base path, for pages and components. */
import { withBase } from '../lib/paths.ts';

export { paths } from '../lib/paths.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
