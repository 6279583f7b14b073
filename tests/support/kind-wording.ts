/**
 * The wording check of tests/build/kinds.test.ts: in text a visitor, a clerk
 * or a report reader sees, the unit is named with its own kind, never twice in
 * a row, and a site without a district is never placed in one.
 */
import { siteKinds } from '../../src/i18n/vi.ts';
import { parse } from 'node-html-parser';

export interface WordingUnit {
  name: string;
  kind: string;
  /** The site's district as site.yaml gives it (it may be the unit itself). */
  district?: string | undefined;
  province: string;
  formerUnits: readonly { name: string; kind: string; district?: string | undefined }[];
}

/** Words that, written before a name, say what kind of unit it is. */
const KIND_WORDS = [...siteKinds, 'huyện', 'thành phố', 'quận', 'tỉnh'];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lower = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
/** "… huyện", "… thị xã": the kind word a text ends with, the longest first (thị xã before xã). */
const endingKind = new RegExp(
  `(?:^|[^\\p{L}])(${[...KIND_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\s+$`,
  'u',
);

/** Each problem as a sentence with the offending excerpt; empty when the text is right. */
export function wordingProblems(text: string, unit: WordingUnit, { clerkProse = false } = {}): string[] {
  const problems: string[] = [];
  const at = (index: number, length: number) => JSON.stringify(text.slice(Math.max(0, index - 40), index + length + 20));
  const named = [{ name: unit.name, kind: unit.kind }, ...unit.formerUnits.map((u) => ({ name: u.name, kind: u.kind }))];

  // 1. A name preceded by a kind other than its own: "xã Kiến Tường" on a thị xã's site.
  for (const { name, kind } of named) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
      const before = text.slice(Math.max(0, match.index - 20), match.index);
      const written = endingKind.exec(lower(before))?.[1];
      if (written && written !== kind) problems.push(`"${name}" gọi là "${written}", đúng là "${kind}": ${at(match.index, name.length)}`);
    }
  }

  // 2. A name written twice in a row: "Kiến Tường, Kiến Tường", "thị xã Kiến Tường, thị xã Kiến Tường".
  for (const { name } of named) {
    const twice = new RegExp(`((?:[\\p{L}]+ ){0,3}${escapeRegExp(name)}), \\1(?![\\p{L}])`, 'giu');
    for (const match of text.matchAll(twice)) problems.push(`tên viết hai lần: ${at(match.index, match[0].length)}`);
  }

  // 3. A site without a real district placed in one: a named district other
  // than its former units' (which belong to them), or "của huyện" meaning its own.
  const ownDistrict = unit.district && lower(unit.district) !== lower(`${unit.kind} ${unit.name}`) ? unit.district : undefined;
  const allowed = new Set([ownDistrict, ...unit.formerUnits.map((u) => u.district)].filter((d): d is string => Boolean(d)).map(lower));
  for (const match of text.matchAll(/(?<![\p{L}])huyện\s+((?:\p{Lu}\p{Ll}*\s?)+)/gu)) {
    const district = lower(`huyện ${match[1]!.trim()}`);
    if (!allowed.has(district)) problems.push(`đặt đơn vị vào "${district}", không phải huyện của đơn vị: ${at(match.index, match[0].length)}`);
  }
  if (!ownDistrict) {
    for (const match of text.matchAll(/(?<![\p{L}])của huyện(?![\p{L}])(?! trước ngày)/gu)) {
      problems.push(`"của huyện" trên trang của đơn vị không có huyện: ${at(match.index, match[0].length)}`);
    }
  }

  // 5. On a site that is not a xã, "xã" standing for the unit itself ("xã công
  // khai…", "kênh góp ý của xã"). "xã" stays right as a level (cấp xã), inside
  // "thị xã" and "xã hội", in a list of kinds ("xã, phường", "(xã, tỉnh)") and
  // before a former unit's name.
  // Skipped where the clerk's own prose speaks of a former xã ("sau khi xã được
  // sắp xếp vào phường"): the kind fixtures' content avoids it, a real ward's may not.
  if (unit.kind !== 'xã' && !clerkProse) {
    const formerXa = unit.formerUnits.filter((u) => u.kind === 'xã').map((u) => u.name);
    for (const match of text.matchAll(/(?<![\p{L}])xã(?![\p{L}])/giu)) {
      const before = lower(text.slice(Math.max(0, match.index - 6), match.index));
      const after = text.slice(match.index + 2, match.index + 40);
      const generic =
        /(?:cấp|thị)\s+$/.test(before) ||
        // Also in capitals: the national motto heads every báo cáo ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
        /^\s+hội(?![\p{L}])/iu.test(after) ||
        /^,\s*(?:phường|huyện|tỉnh)/u.test(after) ||
        /\(\s*$/.test(before) ||
        formerXa.some((name) => after.startsWith(` ${name}`));
      if (!generic) problems.push(`"xã" gọi đơn vị là ${unit.kind}: ${at(match.index, 2)}`);
    }
  }

  // 4. A placeholder for a district the plan did not name.
  for (const match of text.matchAll(/\(bản gốc không ghi tên\)/gu)) problems.push(`chữ giữ chỗ "(bản gốc không ghi tên)": ${at(match.index, match[0].length)}`);

  return problems;
}

/** What a reader sees of a page: its text (blocks on their own lines), titles, alt text and meta descriptions. */
export function visibleText(html: string): string {
  const blocks = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '\n')
    .replace(/<\/?(?:a|span|strong|em|b|i|time|abbr|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, '\n');
  const page = parse(html);
  const attributes = [
    ...page.querySelectorAll('meta[content]').map((m) => m.getAttribute('content')),
    ...page.querySelectorAll('[alt]').map((e) => e.getAttribute('alt')),
  ];
  return [parse(blocks).text, ...attributes].join('\n');
}

/** Every string in the page's JSON-LD, one per line. */
export function jsonLdText(html: string): string {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const block of parse(html).querySelectorAll('script[type="application/ld+json"]')) walk(JSON.parse(block.textContent));
  return strings.join('\n');
}
