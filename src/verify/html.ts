/** Gate: html-validate, with the package's rules, on every HTML file of the build. */
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-rules.ts';
import type { GateReport, Problem } from './problems.ts';
import type { BuiltSite } from './site.ts';

export const htmlValidator = new HtmlValidate(HTML_VALIDATE_CONFIG);

export async function checkHtml(site: BuiltSite): Promise<GateReport> {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const report = await htmlValidator.validateString(page.html, page.path);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity !== 2) continue;
        problems.push({
          gate: 'html',
          code: 'invalid-html',
          page: page.path,
          rule: m.ruleId,
          detail: m.message,
          line: m.line,
          column: m.column,
          ...(m.selector ? { target: m.selector } : {}),
        });
      }
    }
  }
  return { problems, checked: site.pages.length };
}
