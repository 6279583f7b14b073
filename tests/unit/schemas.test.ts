import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newsSchema } from '../../src/schemas/news.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { procedureSchema } from '../../src/schemas/procedure.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { commendationSchema } from '../../src/schemas/commendation.ts';

const news = newsSchema(z.string());
const validNews = { title: 'Tin', date: '2024-03-31', summary: 'Tóm tắt', topics: ['chuyen-doi-so'] };

function issuesOf(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('news schema', () => {
  it('accepts a valid item and normalises to NFC', () => {
    const parsed = news.parse({ ...validNews, title: 'Tiếng Việt'.normalize('NFD') });
    expect(parsed.title).toBe('Tiếng Việt'.normalize('NFC'));
    expect(parsed.draft).toBe(false);
  });
  it('takes a YAML Date or a dd/mm/yyyy string and stores an ISO day', () => {
    expect(news.parse({ ...validNews, date: new Date(Date.UTC(2024, 2, 31)) }).date).toBe('2024-03-31');
    expect(news.parse({ ...validNews, date: '31/03/2024' }).date).toBe('2024-03-31');
  });
  it('rejects 31/02/2024 with a Vietnamese message', () => {
    const [issue] = issuesOf(news, { ...validNews, date: '31/02/2024' });
    expect(issue).toMatchObject({ path: 'date' });
    expect(issue!.message).toContain('một ngày có thật');
  });
  it('accepts a topic by label, with or without marks, and rejects unknown topics', () => {
    expect(news.parse({ ...validNews, topics: ['Chuyển đổi số', 'dich vu cong truc tuyen'] }).topics).toEqual(['chuyen-doi-so', 'dich-vu-cong-truc-tuyen']);
    const [issue] = issuesOf(news, { ...validNews, topics: ['thể thao'] });
    expect(issue).toMatchObject({ path: 'topics.0' });
    expect(issue!.message).toContain('Chuyển đổi số');
  });
  it('requires alt text on a cover', () => {
    expect(issuesOf(news, { ...validNews, cover: { src: './a.jpg' } })).toEqual([{ path: 'cover.alt', message: expect.stringContaining('alt') }]);
    expect(issuesOf(news, { ...validNews, cover: { src: './a.jpg', alt: '   ' } })[0]?.path).toBe('cover.alt');
  });
  it('rejects unknown fields and badly shaped task references', () => {
    expect(issuesOf(news, { ...validNews, tittle: 'x' })[0]?.message).toBeDefined();
    expect(issuesOf(news, { ...validNews, task: 'nhiệm vụ 3' })[0]).toMatchObject({ path: 'task' });
    expect(news.parse({ ...validNews, task: '2024/3' }).task).toBe('2024/3');
  });
  it('names a missing required field', () => {
    const { title: _omit, ...rest } = validNews;
    expect(issuesOf(news, rest)[0]).toMatchObject({ path: 'title' });
  });
});

const validProcedure = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  channels: { online: 'full', postal: true },
  processingTime: 'Ngay trong ngày',
  cases: [{ documents: [{ name: 'Tờ khai' }], steps: ['Nộp hồ sơ'] }],
  applicants: ['Công dân Việt Nam'],
  agency: 'UBND xã',
  result: 'Giấy khai sinh',
  decision: { number: '1/QĐ-UBND' },
  updated: '2024-01-02',
};

describe('procedure schema', () => {
  it('fills defaults for a minimal valid procedure', () => {
    const p = procedureSchema.parse(validProcedure);
    expect(p.level).toBe('commune');
    expect(p.status.state).toBe('in-force');
    expect(p.cases[0]!.documents[0]).toMatchObject({ originals: 1, copies: 0 });
  });
  it('rejects a code of the wrong shape', () => {
    expect(issuesOf(procedureSchema, { ...validProcedure, code: '1001193' })[0]).toMatchObject({ path: 'code' });
  });
  it('rejects an unknown online level', () => {
    const [issue] = issuesOf(procedureSchema, { ...validProcedure, channels: { online: 'yes' } });
    expect(issue).toMatchObject({ path: 'channels.online' });
    expect(issue!.message).toContain('"full"');
  });
});

const validPlan = {
  number: '31/KH-UBND',
  title: 'Kế hoạch',
  year: 2024,
  issued: '2024-02-07',
  issuer: 'UBND xã',
  signer: { name: 'A', title: 'Phó Chủ tịch' },
};

describe('plan schema', () => {
  it('accepts a plan without an appendix', () => {
    expect(planSchema.parse(validPlan).tasks).toEqual([]);
  });
  it('reads every kind of task timing', () => {
    // Numbered 1, 2, 3…: YAML may give a number; task ids are unique within a plan.
    const task = (timing: unknown, i: number) => ({ id: i + 1, content: 'c', form: 'f', lead: 'l', timing });
    const plan = planSchema.parse({
      ...validPlan,
      tasks: [
        { kind: 'ongoing' },
        { kind: 'recurring', every: 'quarter' },
        { kind: 'month', month: 4 },
        { kind: 'quarter', quarter: 4 },
        { kind: 'date', date: '17/01/2024' },
        { kind: 'range', from: '2024-01', to: '2024-12' },
        { kind: 'year' },
        { kind: 'on-request', note: 'Khi có kế hoạch của thị xã' },
        { kind: 'on-request' },
        { kind: 'unspecified' },
      ].map(task),
    });
    expect(plan.tasks.map((t) => t.timing.kind)).toEqual([
      'ongoing',
      'recurring',
      'month',
      'quarter',
      'date',
      'range',
      'year',
      'on-request',
      'on-request',
      'unspecified',
    ]);
    expect(plan.tasks[0]!.id).toBe('1');
    expect(plan.tasks[7]!.timing).toEqual({ kind: 'on-request', note: 'Khi có kế hoạch của thị xã' });
  });
  describe('an appendix in groups', () => {
    const groups = [
      { id: 'I', title: 'Phòng Nội vụ', unit: 'Phòng Nội vụ' },
      { id: 'II', title: 'Văn phòng HĐND và UBND' },
    ];
    const task = (id: string | number, group?: string) => ({ id, ...(group ? { group } : {}), content: 'c', lead: 'l', timing: { kind: 'unspecified' } });

    it('reads groups and tasks numbered again in each, without a form', () => {
      const plan = planSchema.parse({ ...validPlan, groups, tasks: [task(1, 'I'), task(2, 'I'), task(1, 'II')] });
      expect(plan.groups).toEqual([groups[0], { ...groups[1], unit: undefined }]);
      expect(plan.tasks.map((t) => [t.group, t.id, t.form])).toEqual([
        ['I', '1', undefined],
        ['I', '2', undefined],
        ['II', '1', undefined],
      ]);
    });
    it('names the field, what was found and the valid groups when a task names a group the plan has not declared', () => {
      const result = planSchema.safeParse({ ...validPlan, groups, tasks: [task(1, 'I'), task(1, 'III')] }, { reportInput: true });
      expect(result.success).toBe(false);
      const [issue] = result.error!.issues;
      expect(issue).toMatchObject({ path: ['tasks', 1, 'group'], input: 'III' });
      expect(issue!.message).toBe('mã của một nhóm đã khai trong groups: "I", "II"');
      expect(issuesOf(planSchema, { ...validPlan, tasks: [task(1, 'I')] })[0]?.message).toContain('chưa khai nhóm nào');
    });
    it('rejects two groups with one id, and takes one number in two groups (repeated full ids: tests/unit/plan-tasks.test.ts)', () => {
      expect(issuesOf(planSchema, { ...validPlan, groups: [...groups, { id: 'I', title: 'x' }] }).map((i) => i.path)).toEqual(['groups.2.id']);
      expect(issuesOf(planSchema, { ...validPlan, groups, tasks: [task(1, 'I'), task(1, 'II'), task(1)] })).toEqual([]);
    });
  });
  it('rejects quarter 5 and unknown timing kinds', () => {
    const task = (timing: unknown) => ({ id: '1', content: 'c', form: 'f', lead: 'l', timing });
    expect(issuesOf(planSchema, { ...validPlan, tasks: [task({ kind: 'quarter', quarter: 5 })] })[0]?.path).toBe('tasks.0.timing.quarter');
    expect(issuesOf(planSchema, { ...validPlan, tasks: [task({ kind: 'sometimes' })] })[0]?.path).toBe('tasks.0.timing.kind');
  });
  it('reads a quota for each of several units with a cadence, and refuses an empty list or a yearly cadence', () => {
    const task = (target: unknown) => ({ id: '1', content: 'c', form: 'f', lead: 'l', timing: { kind: 'ongoing' }, target });
    const target = { count: 4, of: 'news', per: 'year', each: [' Phường 1 ', 'Xã Bình Hiệp'], cadence: { count: 1, every: 'quarter' } };
    expect(planSchema.parse({ ...validPlan, tasks: [task(target)] }).tasks[0]!.target).toEqual({ ...target, each: ['Phường 1', 'Xã Bình Hiệp'] });
    expect(issuesOf(planSchema, { ...validPlan, tasks: [task({ ...target, each: [] })] })[0]?.path).toBe('tasks.0.target.each');
    expect(issuesOf(planSchema, { ...validPlan, tasks: [task({ ...target, cadence: { count: 1, every: 'year' } })] })[0]?.path).toBe('tasks.0.target.cadence.every');
  });
});

describe('site schema', () => {
  const site = {
    name: 'Bằng Cả',
    kind: 'xã',
    district: 'thành phố Hạ Long',
    province: 'Quảng Ninh',
    agency: 'Ủy ban nhân dân xã Bằng Cả',
    description: 'Cổng',
    address: 'Xã Bằng Cả',
    phone: '0203 3 123 456',
    email: 'a@example.gov.vn',
    hotlines: [{ label: 'Một cửa', phone: '0912 345 678' }],
    feedback: { receiver: 'UBND xã' },
    officeHours: '7h30',
    responsible: { name: 'A', title: 'B' },
    portals: { national: 'https://dichvucong.gov.vn' },
    url: 'https://example.gov.vn',
  };
  it('defaults the base path to /', () => {
    expect(siteSchema.parse(site).base).toBe('/');
  });
  it('rejects a base path without slashes and an unknown kind', () => {
    expect(issuesOf(siteSchema, { ...site, base: 'xa-bang-ca' })[0]?.path).toBe('base');
    expect(issuesOf(siteSchema, { ...site, kind: 'làng' })[0]?.path).toBe('kind');
  });
});

describe('commendation schema', () => {
  it('requires a known reason and recipient kind', () => {
    const c = commendationSchema(z.string());
    const valid = { title: 'T', recipient: 'Bà A', recipientKind: 'person', reason: 'initiative', summary: 'S', date: '2024-05-01' };
    expect(c.parse(valid).reason).toBe('initiative');
    expect(issuesOf(c, { ...valid, reason: 'giỏi' })[0]?.path).toBe('reason');
  });
});
