/** The Vietnamese report of a `verify` run: one line per gate, then each problem under its page. */
import { gateNames, problemMessages, verifyText } from '../i18n/verify.ts';
import type { VerifyResult } from './index.ts';
import { GATES } from './problems.ts';
import type { SiteAddress } from './site.ts';

export function formatReport(result: VerifyResult, address: SiteAddress): string {
  const lines = [verifyText.heading(address.dist, `${address.origin}${address.base}`)];
  for (const gate of GATES) {
    if (!result.gatesRun.includes(gate)) continue;
    const problems = result.problems.filter((p) => p.gate === gate);
    lines.push(verifyText.gateLine(gateNames[gate], problems.length, result.checked[gate] ?? 0));
    for (const p of problems) lines.push(`      ${p.page}: ${problemMessages[p.code](p)}`);
  }
  if (result.skipped) {
    const note = verifyText.skippedAxe[result.skipped.reason];
    lines.push(`  – ${typeof note === 'function' ? note(result.skipped.chromium) : note}`);
  }
  lines.push('', result.problems.length === 0 ? verifyText.passed(result.pages) : verifyText.failed(result.problems.length, result.pages));
  return lines.join('\n');
}
