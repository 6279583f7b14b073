/**
 * The national-portal rule of a built page (issue 14): no generated
 * per-procedure address of the national portal, which may be dead; online
 * filing offered on a procedure's page exactly when the procedure is online,
 * with its level said. The check is pure: HTML in, problems out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { procedureUi } from '../../src/i18n/vi.ts';
import { isDeadPortalLink, nationalSearchUrl } from '../../src/lib/procedures.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';

export interface PortalLinkProblem {
  kind: 'dead-link' | 'deep-link' | 'filing-offered' | 'filing-missing' | 'level-missing';
  detail: string;
}

/** What the procedure's source says, for its own page. */
export type ProcedureFacts = Pick<Procedure, 'code' | 'portalUrl'> & { online: Procedure['channels']['online'] };

const PROCEDURE_CODE = /\d\.\d{6}/;
/** A call to file online, in the current wording or the old one ("Xem và nộp hồ sơ trên Cổng…"). */
const FILING_CALL = /nộp\b[^.]*?(trực tuyến|trên cổng|online)/i;

function isNationalPortal(href: string): boolean {
  try {
    const host = new URL(href).hostname;
    return host === 'dichvucong.gov.vn' || host.endsWith('.dichvucong.gov.vn');
  } catch {
    return false;
  }
}

export function portalLinkProblems(html: string, procedure?: ProcedureFacts): PortalLinkProblem[] {
  const root = parse(html);
  const problems: PortalLinkProblem[] = [];
  const links = root.querySelectorAll('a[href]');
  for (const a of links) {
    const href = a.getAttribute('href')!;
    if (isDeadPortalLink(href)) problems.push({ kind: 'dead-link', detail: href });
    else if (isNationalPortal(href) && PROCEDURE_CODE.test(href)) {
      // A national address carrying a code is the search for that code, or the procedure's own address from its file.
      const code = href.match(PROCEDURE_CODE)![0];
      if (href !== nationalSearchUrl(code) && href !== procedure?.portalUrl) problems.push({ kind: 'deep-link', detail: href });
    }
  }
  if (!procedure) return problems;
  const calls = [...links, ...root.querySelectorAll('button')].filter((el) => FILING_CALL.test(el.text));
  if (procedure.online === 'none') {
    for (const call of calls) problems.push({ kind: 'filing-offered', detail: call.text.trim() });
  } else {
    if (calls.length === 0) problems.push({ kind: 'filing-missing', detail: procedure.code });
    if (!root.querySelector('main')?.text.includes(procedureUi.onlineHow[procedure.online])) problems.push({ kind: 'level-missing', detail: procedure.online });
  }
  return problems;
}

/** Each procedure's facts from its source file, by the slug it publishes under. */
export function procedureFacts(contentDir: string): Map<string, ProcedureFacts> {
  const dir = join(contentDir, 'procedures');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const data = parseMarkdown(readFileSync(join(dir, f), 'utf8'))!.data as { code: string; portalUrl?: string; channels?: { online?: ProcedureFacts['online'] } };
        return [f.replace(/\.md$/, ''), { code: data.code, portalUrl: data.portalUrl, online: data.channels?.online ?? 'none' }];
      }),
  );
}
