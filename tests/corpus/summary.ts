/** The corpus's counts, in the words docs/quality.md states them (a drift test holds the doc to them). */
import { AREAS, type CorpusCase } from './cases.ts';

export function corpusSummary(cases: readonly CorpusCase[]): string {
  const count = (pick: (c: CorpusCase) => boolean) => cases.filter(pick).length;
  const areas = AREAS.map((area) => `${area} ${count((c) => c.area === area)}`).join(', ');
  return (
    `Bad-input corpus: ${cases.length} cases (attacks ${count((c) => c.kind === 'attack')}, mistakes ${count((c) => c.kind === 'mistake')}, ` +
    `honest ${count((c) => c.kind === 'honest')}; by area: ${areas})`
  );
}
