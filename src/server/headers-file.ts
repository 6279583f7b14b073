/**
 * Reads a Netlify/Cloudflare-style _headers file and answers which headers a
 * path gets, as Cloudflare Pages does: every matching rule applies, in file
 * order; "! Name" removes a header an earlier rule set; a repeated name
 * joins its values with ", ".
 */
export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim());
      continue;
    }
    const colon = body.indexOf(':');
    if (colon <= 0) throw new Error(`not "Name: value": ${line}`);
    rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, [name, previous ? `${previous[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries([...headers.values()]);
}
