/**
 * A commune of 2026 at scale, made for a test: the demo fixture's site.yaml
 * with a service center and most-used procedures, and `count` generated
 * procedures over two dozen fields of very different sizes (as a province's
 * list has), each a valid copy of one demo procedure. The names are
 * synthetic and say so. Written to a fresh temporary folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { FIXTURES } from './fixtures.ts';

const FIELDS = [
  'Đất đai',
  'Hộ tịch',
  'Bảo trợ xã hội',
  'Chứng thực',
  'Người có công',
  'Xây dựng',
  'Nông nghiệp',
  'Văn hóa cơ sở',
  'Giáo dục và đào tạo',
  'Môi trường',
  'Tài nguyên nước',
  'Lâm nghiệp',
  'Thủy sản',
  'Giao thông vận tải',
  'Thi đua, khen thưởng',
  'Tôn giáo',
  'Dân tộc',
  'Nội vụ',
  'Công thương',
  'Phòng, chống thiên tai',
  'Giải quyết khiếu nại',
  'Y tế',
  'Hộ kinh doanh',
  'Lao động',
];
const ONLINE = ['none', 'partial', 'full'] as const;

interface SyntheticProcedure {
  slug: string;
  code: string;
  field: string;
  online: (typeof ONLINE)[number];
}

export interface SyntheticCommune {
  dir: string;
  procedures: SyntheticProcedure[];
  /** site.yaml's popularProcedures, in order. */
  popular: string[];
}

/** Field sizes falling off as 1/√rank, summing to `count`: the largest holds about an eighth of the list. */
function fieldSizes(count: number): number[] {
  const weights = FIELDS.map((_, i) => 1 / Math.sqrt(i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * count)));
  sizes[0]! += count - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

export function makeSyntheticCommune(count = 500): SyntheticCommune {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-500-'));
  mkdirSync(join(dir, 'procedures'));
  const source = readFileSync(join(FIXTURES.bangCa, 'procedures', 'dang-ky-khai-sinh.md'), 'utf8');
  const [, front, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const template = parse(front!) as Record<string, unknown> & { channels: Record<string, unknown> };

  const procedures: SyntheticProcedure[] = [];
  let n = 0;
  fieldSizes(count).forEach((size, f) => {
    for (let i = 0; i < size; i++, n++) {
      const field = FIELDS[f]!;
      const p: SyntheticProcedure = { slug: `thu-tuc-gia-lap-${n + 1}`, code: `9.${String(n + 1).padStart(6, '0')}`, field, online: ONLINE[n % 3]! };
      const data = {
        ...template,
        code: p.code,
        name: `Thủ tục giả lập số ${n + 1} thuộc lĩnh vực ${field.toLowerCase()}, cấp xã (tên tổng hợp để kiểm thử, không phải thủ tục thật)`,
        field,
        channels: { ...template.channels, online: p.online },
      };
      writeFileSync(join(dir, 'procedures', `${p.slug}.md`), `---\n${stringify(data)}---\n${body}`);
      procedures.push(p);
    }
  });

  const popular = [procedures[3]!.code, procedures[0]!.code, procedures[Math.floor(count / 2)]!.code];
  const site = readFileSync(join(FIXTURES.bangCa, 'site.yaml'), 'utf8');
  writeFileSync(
    join(dir, 'site.yaml'),
    `${site}
serviceCenter:
  name: Trung tâm Phục vụ hành chính công xã (giả lập)
  address: Số 1 đường Thử Nghiệm, xã giả lập
  hours: Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, thứ Hai đến sáng thứ Bảy
  phone: "0203 3690 299"
  mapUrl: https://www.openstreetmap.org/?mlat=21.0&mlon=107.0
popularProcedures:
${popular.map((c) => `  - "${c}"`).join('\n')}
`,
  );
  return { dir, procedures, popular };
}

/** An item written by addPlanItems: its page and the plan task it names. */
export interface SyntheticItem {
  path: string;
  task: string;
  date: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Gives a synthetic commune the demo's 2024 plan (eight tasks) and `count`
 * items pointing at its tasks: events, every tenth a news item (news without
 * a cover each cost a share card, so few), dated over January to June 2024
 * (counted on the tests' day, 30/06/2024), task by task in turn. Returns
 * them, so a test can find each where the plan's pages must reach it.
 */
export function addPlanItems(dir: string, count: number): SyntheticItem[] {
  mkdirSync(join(dir, 'plans'), { recursive: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  mkdirSync(join(dir, 'news'), { recursive: true });
  const plan = join(FIXTURES.bangCa, 'plans', '2024.md');
  copyFileSync(plan, join(dir, 'plans', '2024.md'));
  const tasks = [...readFileSync(plan, 'utf8').matchAll(/^ {2}- id: "(\d+)"/gm)].map((m) => m[1]!);
  const items: SyntheticItem[] = [];
  for (let i = 0; i < count; i++) {
    const task = tasks[i % tasks.length]!;
    const date = `2024-${pad2(1 + (i % 6))}-${pad2(1 + (i % 28))}`;
    const title = `Hoạt động giả lập số ${i + 1} của nhiệm vụ ${task} (tổng hợp để kiểm thử)`;
    const summary = 'Nội dung tổng hợp để kiểm thử trang kế hoạch và báo cáo khi có rất nhiều sản phẩm.';
    const front = { title, date, task: `2024/${task}`, summary, unit: 'Văn phòng – Thống kê xã' };
    const news = i % 10 === 0;
    const slug = `${news ? 'tin' : 'hoat-dong'}-gia-lap-${i + 1}`;
    const data = news ? { ...front, topics: ['cai-cach-thu-tuc-hanh-chinh'] } : { ...front, kind: 'hoi-nghi', place: 'Hội trường UBND xã' };
    writeFileSync(join(dir, news ? 'news' : 'events', `${slug}.md`), `---\n${stringify(data)}---\n\n${summary}\n`);
    items.push({ path: `/${news ? 'tin-tuc' : 'su-kien'}/${slug}/`, task, date });
  }
  return items;
}

/**
 * Gives a synthetic commune `count` commendations without photos, dated over
 * 2023 and 2024, alternating people and collectives. Returns their pages.
 */
export function addCommendations(dir: string, count: number): string[] {
  mkdirSync(join(dir, 'commendations'), { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `bieu-duong-gia-lap-${i + 1}`;
    const data = {
      title: `Gương điển hình giả lập số ${i + 1} trong cải cách hành chính (tổng hợp để kiểm thử)`,
      recipient: `Người hoặc tập thể giả lập số ${i + 1}`,
      recipientKind: i % 2 ? 'collective' : 'person',
      reason: 'exemplary',
      summary: 'Nội dung tổng hợp để kiểm thử danh sách biểu dương khi có rất nhiều mục.',
      date: `${2023 + (i % 2)}-${pad2(1 + (i % 12))}-${pad2(1 + (i % 28))}`,
    };
    writeFileSync(join(dir, 'commendations', `${slug}.md`), `---\n${stringify(data)}---\n\n${data.summary}\n`);
    paths.push(`/bieu-duong/${slug}/`);
  }
  return paths;
}
