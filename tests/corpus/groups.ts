/**
 * Corpus cases put together on one copy of the fixture, so a few builds
 * cover many cases: two cases share a copy only if neither changes a file
 * the other changes (a case that adds a file of its own never collides).
 */
import type { CorpusCase } from './cases.ts';

function filesChanged(c: CorpusCase): string[] {
  return c.edits.map((e) => ('copyTo' in e ? e.copyTo : e.file));
}

/** First-fit: each case joins the first group it shares no changed file with. */
export function disjointGroups(cases: readonly CorpusCase[]): CorpusCase[][] {
  const groups: { cases: CorpusCase[]; files: Set<string> }[] = [];
  for (const c of cases) {
    const files = filesChanged(c);
    let group = groups.find((g) => files.every((f) => !g.files.has(f)));
    if (!group) {
      group = { cases: [], files: new Set() };
      groups.push(group);
    }
    group.cases.push(c);
    for (const f of files) group.files.add(f);
  }
  return groups.map((g) => g.cases);
}
