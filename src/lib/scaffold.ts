/**
 * What `npm run new` writes: folder, file name (a slug without marks, or the
 * year for a plan) and the filled-in template. Pure; scripts/new.ts writes it.
 */
import { templates, type ScaffoldKind } from '../i18n/templates.ts';
import { parts, type IsoDate } from './dates.ts';
import { fileSlug, nfc } from './text.ts';

export const FOLDERS: Record<ScaffoldKind, string> = {
  'tin-tuc': 'news',
  'thu-tuc': 'procedures',
  'bieu-duong': 'commendations',
  'su-kien': 'events',
  'ke-hoach': 'plans',
};

export function isScaffoldKind(kind: string): kind is ScaffoldKind {
  return Object.hasOwn(templates, kind);
}

/** A plan's year: the first 4-digit year in its title, else this year. */
function planYear(title: string, today: IsoDate): number {
  const year = /\b(20\d{2})\b/.exec(title)?.[1];
  return year ? Number(year) : parts(today).year;
}

export function scaffold(kind: ScaffoldKind, rawTitle: string, today: IsoDate) {
  const title = nfc(rawTitle.trim());
  const year = kind === 'ke-hoach' ? planYear(title, today) : parts(today).year;
  const name = kind === 'ke-hoach' ? String(year) : fileSlug(title);
  const text = templates[kind]
    .replaceAll('{{title}}', title.replaceAll('"', '\\"'))
    .replaceAll('{{date}}', today)
    .replaceAll('{{year}}', String(year));
  return { folder: FOLDERS[kind], fileName: `${name}.md`, text };
}
