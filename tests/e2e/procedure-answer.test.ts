/**
 * The procedure page as an answer (issue 17): in Chromium at 390 × 844, on
 * every procedure of the demo and of the province's 470-procedure list, the
 * answer box (online or not, fee, time, where) lies wholly inside the first
 * screen; the filing button is there exactly when the procedure is online;
 * the number is a tap to call; a list-only procedure still says what is not
 * published. The measure is checked on a planted fault (a tall block above
 * the box) so it cannot pass by measuring nothing.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureUi } from '../../src/i18n/vi.ts';
import { missingParts } from '../../src/lib/procedures.ts';
import { parseMarkdown } from '../../src/readers/front-matter.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';
import { BUILDS, buildCommune, SITES } from '../support/build.ts';
import { browserSession } from '../support/browser-session.ts';
import { procedureFacts } from '../support/portal-links.ts';
import { importedProvinceList, PROVINCE_LIST } from '../support/province-list.ts';

const PHONE = { width: 390, height: 844 };
const LABELS = [procedureUi.onlineQuestion, procedureUi.fee, procedureUi.time, procedureUi.where].map((l) => `${l}:`);

interface Answer {
  /** The box's bottom edge, in CSS pixels from the top of the first screen. */
  bottom: number;
  labels: string[];
  /** Links to the national portal inside the box. */
  portalLinks: number;
  tel: boolean;
  text: string;
}

/** What the answer box shows, as the page first opens (no scrolling). */
async function answerOn(page: Page, origin: string, slug: string): Promise<Answer> {
  await page.goto(`${origin}/thu-tuc-hanh-chinh/${slug}/`);
  return readAnswer(page);
}

function readAnswer(page: Page): Promise<Answer> {
  return page.evaluate(() => {
    const box = document.querySelector('.answer-facts');
    if (!box) return { bottom: Number.POSITIVE_INFINITY, labels: [], portalLinks: 0, tel: false, text: '' };
    return {
      bottom: box.getBoundingClientRect().bottom + window.scrollY,
      labels: [...box.querySelectorAll('dt')].map((dt) => dt.textContent!.trim()),
      portalLinks: box.querySelectorAll('a[href^="https://dichvucong.gov.vn/"]').length,
      tel: box.querySelector('a[href^="tel:"]') !== null,
      text: box.textContent!.replace(/\s+/g, ' '),
    };
  });
}

/** Every procedure page of a built commune, each checked against its source; the problems, one line each. */
async function problemsOn(page: Page, origin: string, contentDir: string): Promise<{ checked: number; problems: string[]; lowest: number }> {
  const facts = procedureFacts(contentDir);
  const problems: string[] = [];
  let lowest = 0;
  for (const [slug, f] of facts) {
    const source = parseMarkdown(readFileSync(join(contentDir, 'procedures', `${slug}.md`), 'utf8'))!.data as Partial<Procedure>;
    const missing = new Set(missingParts(source));
    const a = await answerOn(page, origin, slug);
    lowest = Math.max(lowest, a.bottom);
    if (a.bottom > PHONE.height) problems.push(`${slug}: the answer ends at ${Math.round(a.bottom)} px, below the first screen`);
    if (a.labels.join('|') !== LABELS.join('|')) problems.push(`${slug}: labels ${a.labels.join('|')}`);
    if (a.portalLinks > 0 !== (f.online !== 'none')) problems.push(`${slug}: ${a.portalLinks} filing links for online "${f.online}"`);
    if (!a.tel) problems.push(`${slug}: no number to tap`);
    if (/\b0 bản|undefined|NaN/.test(a.text)) problems.push(`${slug}: "${a.text}"`);
    for (const part of ['fees', 'processingTime'] as const) {
      if (missing.has(part) && !a.text.includes(procedureUi.notPublished(procedureUi.parts[part]))) problems.push(`${slug}: no "not published" for ${part}`);
    }
  }
  return { checked: facts.size, problems, lowest };
}

describe('the demo on a phone', () => {
  const session = browserSession(SITES.demo.out);
  beforeAll(() => session.page.setViewportSize(PHONE));

  it('shows every procedure’s answer whole on the first screen', async () => {
    const { checked, problems, lowest } = await problemsOn(session.page, session.server.origin, SITES.demo.content);
    expect(checked).toBeGreaterThanOrEqual(9);
    console.log(`demo: ${checked} procedures, lowest answer ends at ${Math.round(lowest)} px of ${PHONE.height}`);
    expect(problems).toEqual([]);
  });

  it('says "Miễn phí" first when a case is free, and the papers without a "0"', async () => {
    const birth = await answerOn(session.page, session.server.origin, 'dang-ky-khai-sinh');
    expect(birth.text).toMatch(new RegExp(`${procedureUi.fee}: ?Miễn phí · 8\\.000 đồng`));
    const checklist = await session.page.locator('.answer-checklist li').allTextContents();
    expect(checklist.length).toBeGreaterThan(3);
    for (const item of checklist) expect(item).not.toMatch(/\b0\b/);
    // Guidance before the steps, the legal basis last.
    const order = await session.page.evaluate(() => ['ho-so', 'huong-dan', 'cac-buoc', 'can-cu'].map((id) => document.getElementById(id)!.getBoundingClientRect().top));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The jump list leads to sections that exist.
    for (const href of await session.page.locator('.on-this-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(await session.page.locator(href).count(), href).toBe(1);
    }
  });

  it('catches an answer pushed below the first screen (planted fault)', async () => {
    await session.page.goto(`${session.server.origin}/thu-tuc-hanh-chinh/dang-ky-khai-sinh/`);
    expect((await readAnswer(session.page)).bottom).toBeLessThanOrEqual(PHONE.height);
    await session.page.evaluate(() => document.querySelector('.answer')!.before(Object.assign(document.createElement('div'), { style: 'height: 400px' })));
    expect((await readAnswer(session.page)).bottom).toBeGreaterThan(PHONE.height);
  });
});

describe('the province’s 470 procedures on a phone', () => {
  const out = resolve(BUILDS, 'province-answer');
  let remove = () => {};
  let contentDir = '';
  beforeAll(() => {
    const imported = importedProvinceList();
    remove = imported.remove;
    contentDir = imported.dir;
    const built = buildCommune(imported.dir, out, { CCHC_TODAY: PROVINCE_LIST.today });
    if (built.status !== 0) throw new Error(built.output);
  });
  afterAll(() => remove());
  const session = browserSession(out);

  it('shows every procedure’s answer whole on the first screen, list-only ones saying what is not published', async () => {
    await session.page.setViewportSize(PHONE);
    const { checked, problems, lowest } = await problemsOn(session.page, session.server.origin, contentDir);
    expect(checked).toBeGreaterThanOrEqual(460);
    console.log(`province list: ${checked} procedures, lowest answer ends at ${Math.round(lowest)} px of ${PHONE.height}`);
    expect(problems).toEqual([]);
  }, 600_000);
});
