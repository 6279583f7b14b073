/**
 * What the command-line tool (`cchc`, src/cli/) says: help and messages.
 * The content tools' own messages (scaffold, import, check) sit beside the
 * content they describe, in templates.ts and validation.ts.
 */
import type { IndexStats } from '../search/write-index.ts';
import { initMessages } from './init.ts';
import { scaffoldMessages } from './templates.ts';
import { importMessages } from './validation.ts';
import { verifyText } from './verify.ts';

/** Exit codes, the same for every command (shown in the help). */
export const EXIT = {
  ok: 0,
  /** The job failed: content with errors, a build that did not finish. */
  failed: 1,
  /** It could not run as asked: unknown command or option, missing file, Node too old. */
  usage: 2,
} as const;

export const cliHelp = {
  main: (commands: readonly [string, string][]) =>
    [
      'cchc: công cụ của cổng thông tin cải cách hành chính cấp xã.',
      '',
      'Cách dùng: cchc <lệnh> [tùy chọn]      (trong kho của xã: npm run <lệnh> -- [tùy chọn])',
      '',
      'Các lệnh:',
      ...commands.map(([name, summary]) => `  ${name.padEnd(14)}${summary}`),
      '',
      'Xem cách dùng một lệnh: cchc <lệnh> --help',
      `Mã thoát: ${EXIT.ok} xong; ${EXIT.failed} có lỗi (nội dung sai, dựng không xong); ${EXIT.usage} sai cách gọi (lệnh, tùy chọn, tệp không có).`,
    ].join('\n'),
  unknownCommand: (name: string) => `Không có lệnh "${name}".`,
  unknownOption: (option: string) => `Lệnh này không có tùy chọn ${option}.`,
  badOptionValue: (option: string) => `Tùy chọn ${option} dùng chưa đúng: tùy chọn có giá trị cần viết kèm giá trị (--out dist), tùy chọn bật/tắt thì không.`,
  unexpected: (message: string) => `Lỗi không lường trước: ${message}`,
  oneSite: (given: readonly string[]) => `Chỉ chọn một nơi chứa nội dung, đã có: ${given.join(', ')}.`,
} as const;

/** The options of CONTENT_OPTIONS (src/cli/options.ts), for the usage of every command that reads a commune's content. */
const contentOptionsHelp = [
  '  THƯ-MỤC / --content THƯ-MỤC   thư mục nội dung (có site.yaml) hoặc thư mục trang có content/ bên trong,',
  '                                ví dụ communes/hoa-an; mặc định content/',
  '  --commune TÊN-XÃ              trong kho nhiều xã: xã communes/<tên-xã>/content (--communes THƯ-MỤC: nơi chứa các xã)',
].join('\n');

/** The options of VERIFY_OPTIONS (src/cli/commands/build.ts), for build and build-all. */
const verifyHelp = [
  '  --verify       kiểm bản vừa dựng (như cchc verify) trước khi thay bản đang có: không qua kiểm tra thì không xuất bản, giữ bản cũ',
  '  --no-browser   với --verify: không chạy axe trong Chromium',
].join('\n');

export const commandHelp = {
  init: {
    summary: 'tạo kho mã của một trang mới (site.yaml, thư mục nội dung, quy trình đăng)',
    usage: initMessages.usage,
  },
  new: {
    summary: 'tạo một tệp nội dung mới có đủ các trường (tin tức, thủ tục, kế hoạch…)',
    usage: `${scaffoldMessages.usage}\n${contentOptionsHelp}`,
  },
  check: {
    summary: 'kiểm tra nội dung như khi dựng trang, báo lỗi bằng tiếng Việt',
    usage: [
      'Cách dùng: npm run check [-- THƯ-MỤC | --content THƯ-MỤC | --commune TÊN-XÃ]',
      contentOptionsHelp,
      'Mã thoát 1 khi nội dung có lỗi, kể cả khi khối cms: của site.yaml còn giá trị mẫu; chỉ có cảnh báo thì vẫn là 0.',
    ].join('\n'),
  },
  build: {
    summary: 'dựng trang vào dist/; dựng hỏng thì giữ nguyên bản đang có',
    usage: [
      'Cách dùng: npm run build -- [--out THƯ_MỤC] [--commune TÊN-XÃ [--communes THƯ_MỤC]] [--force] [--verify [--no-browser]] [--json] [-- tùy chọn của astro build]',
      '  --out       thư mục kết quả (mặc định dist/, với --commune là dist/<tên-xã>/)',
      '  --commune   dựng xã communes/<tên-xã>/content, đăng ở đường dẫn /<tên-xã>/',
      '  --communes  thư mục chứa các xã (mặc định communes/)',
      '  --force     dựng lại cả khi nội dung và mã nguồn không đổi',
      verifyHelp,
      '  --json      in kết quả dạng JSON (cho chương trình khác đọc); nhật ký dựng ra stderr',
    ].join('\n'),
  },
  'build-all': {
    summary: 'dựng mọi xã trong communes/, mỗi xã một lần dựng riêng',
    usage: [
      'Cách dùng: npm run build:all -- [--commune XÃ1,XÃ2 | --batch I/N] [--communes THƯ_MỤC] [--out THƯ_MỤC] [--jobs J] [--force] [--verify [--no-browser]] [--list [--batches N]] [--json] [--prune] [--annotate]',
      '  --list         in danh sách xã dạng JSON (ma trận CI) rồi dừng',
      '  --batches N    với --list: chia các xã thành N nhóm (tối đa 256), in ma trận {"include":[{"batch":"I/N","communes":[…]}]} chỉ gồm nhóm có xã',
      '  --batch I/N    chỉ dựng các xã của nhóm I trong N nhóm (một job của ma trận CI); mỗi xã luôn ở cùng một nhóm',
      '  --jobs J       dựng cùng lúc J xã (mặc định: mỗi nhân CPU một xã, trong giới hạn bộ nhớ)',
      '  --json         in kết quả từng xã và kích thước bản dựng dạng JSON; nhật ký dựng ra stderr',
      '  --prune        xóa khỏi thư mục kết quả các xã không thuộc lần dựng này (bản cũ khôi phục từ bộ nhớ đệm của CI)',
      verifyHelp,
      '  --annotate     báo mỗi xã dựng lỗi hoặc không qua kiểm tra thành một dòng ::error của GitHub Actions',
    ].join('\n'),
  },
  'build-hub': {
    summary: 'dựng trang chung của tỉnh (danh sách xã, bảng theo dõi, tìm kiếm cả tỉnh) vào gốc thư mục kết quả, sau khi đã dựng các xã',
    usage: [
      'Cách dùng: npx cchc build-hub [--communes THƯ_MỤC] [--out THƯ_MỤC] [--last-good THƯ_MỤC] [--force] [--json]',
      '  Đọc province/ và communes/<tên-xã>/content của kho tỉnh; trang chung nằm ở gốc THƯ_MỤC (mặc định dist/),',
      '  bên cạnh dist/<tên-xã>/ của từng xã. Ô tìm kiếm cả tỉnh đọc các trang đã dựng của các xã: chạy sau build-all.',
      '  Tỉnh, các xã và bản dựng của các xã không đổi thì giữ nguyên trang chung (--force: dựng lại hẳn).',
      '  --last-good THƯ_MỤC  giữ một bản sao của trang chung tốt gần nhất ở THƯ_MỤC và đặt lại vào kết quả trước khi dựng',
      '                       (cho CI ghép kết quả mới từ các xã): dựng lỗi thì giữ bản đó, không đổi thì không dựng lại.',
    ].join('\n'),
  },
  size: {
    summary: 'đo dung lượng và số tệp của bản dựng so với giới hạn của GitHub Pages và GitLab Pages',
    usage: [
      'Cách dùng: cchc size [THƯ_MỤC] [--host github|gitlab] [--json]   (mặc định dist/)',
      '  --host   nơi sẽ xuất bản: mã thoát 1 khi bản dựng vượt giới hạn của nơi đó (không có --host: vượt giới hạn của bất kỳ nơi nào)',
      '  --json   in kết quả dạng JSON',
      'Cảnh báo khi gần chạm giới hạn. Vượt giới hạn: xuất bản lên kho lưu trữ đối tượng có CDN (docs/deploy.md).',
    ].join('\n'),
  },
  report: {
    summary: 'lập báo cáo kỳ (quý, 6 tháng, năm) dạng CSV và JSON',
    usage: [
      'Cách dùng: npm run report -- --period 2024-Q2 [THƯ-MỤC | --content THƯ-MỤC | --commune TÊN-XÃ]',
      '  (quý: 2024-Q1 … 2024-Q4; 6 tháng: 2024-H1; năm: 2024) [--out THƯ-MỤC, mặc định bao-cao/] [--today 2024-06-30]',
      contentOptionsHelp,
    ].join('\n'),
  },
  import: {
    summary: 'nhập thủ tục cấp xã từ danh mục của tỉnh (.xlsx, .csv), bổ sung chi tiết từ gói dữ liệu quốc gia (--detail)',
    usage: importMessages.usage,
  },
  verify: {
    summary: 'kiểm bản đã dựng: liên kết, HTML, tiêu đề, chính sách bảo mật, không gọi máy chủ khác, axe',
    usage: verifyText.usage,
  },
  'search-index': {
    summary: 'lập chỉ mục tìm kiếm cho một trang đã dựng (cchc build tự chạy)',
    usage: 'Cách dùng: cchc search-index [THƯ_MỤC] [--json]   (mặc định dist/)',
  },
} as const;

/** The indexing step's line in the build log, from the integration (Astro's logger adds its name) or the separate step. */
export const searchIndexLine = ({ pages, fullTextPages, ms, reused }: IndexStats) =>
  `Pagefind: ${pages} trang, toàn văn ${fullTextPages} bài, ${ms} ms${reused ? ' (các trang không đổi: dùng lại chỉ mục của lần dựng trước)' : ''}`;

export const buildMessages = {
  hung: (seconds: number) =>
    `Quá trình dựng đứng yên ${seconds} giây, không chạy tiếp mà cũng không kết thúc: đã dừng nó. Lần dựng này coi như không thành công; chạy lại thường sẽ qua.`,
  unchanged: (out: string) => `Nội dung và mã nguồn không đổi từ lần dựng trước: giữ nguyên ${out} (dựng lại hẳn: --force).`,
  failed: (out: string, kept: boolean) => `\nKhông dựng được trang. ${kept ? `Bản đang có ở ${out} được giữ nguyên.` : 'Chưa có bản nào được tạo.'}`,
  notVerified: (out: string, kept: boolean) =>
    `\nTrang dựng xong nhưng không qua kiểm tra (xem các lỗi ở trên) nên không được xuất bản. ${kept ? `Bản đang có ở ${out} được giữ nguyên.` : 'Chưa có bản nào được tạo.'}`,
  busy: (out: string, pid: number) => `\nMột lần dựng khác của ${out} đang chạy (tiến trình ${pid}): đợi nó xong rồi dựng lại. Bản đang có được giữ nguyên.`,
  done: (out: string, seconds: number) => `\nĐã dựng xong vào ${out} trong ${seconds.toFixed(1)} giây.`,
  searchIndexed: (stats: IndexStats) => `[cchc-portal] ${searchIndexLine(stats)}`,
  unknownCommune: (slug: string, siteYaml: string) => `Không có xã "${slug}": cần tệp ${siteYaml}.`,
  knownCommunes: (root: string, slugs: readonly string[]) => `Các xã có trong ${root}: ${slugs.join(', ')}`,
  noCommunes: (root: string) => `Thư mục ${root} chưa có xã nào (communes/<tên-xã>/content/site.yaml).`,
  noCommunesToBuild: (root: string) => `Chưa có xã nào trong ${root}: mỗi xã là một thư mục communes/<tên-xã>/content/ có tệp site.yaml.`,
  unknownCommunes: (slugs: readonly string[], root: string, known: readonly string[]) => `Không có xã: ${slugs.join(', ')}. Các xã có trong ${root}: ${known.join(', ')}`,
  tableHeader: 'xã\tkết quả\tthời gian (giây)',
  tableRow: (slug: string, ok: boolean, skipped: boolean, seconds: number) => `${slug}\t${!ok ? 'LỖI' : skipped ? 'bỏ qua (không đổi)' : 'xong'}\t${seconds.toFixed(1)}`,
  tableTotal: (ok: number, all: number, seconds: number) => `tổng\t${ok}/${all} xã\t${seconds.toFixed(1)}`,
  badBatch: (text: string) => `Nhóm "${text}" không đúng dạng: cần I/N, với 1 ≤ I ≤ N ≤ 256 (ví dụ --batch 3/20).`,
  badBatchCount: (text: string) => `Số nhóm "${text}" không đúng: cần một số từ 1 đến 256 (GitHub chạy tối đa 256 job một ma trận).`,
  oneAtATime: (out: string) =>
    `Thư mục kết quả ${out} nằm ngoài thư mục đang chạy lệnh: các xã được dựng lần lượt từng xã một (để dựng cùng lúc, đặt --out bên trong thư mục này).`,
  noBrowserWithoutVerify: '--no-browser chỉ dùng cùng --verify (kiểm bản vừa dựng trước khi xuất bản).',
  badJobs: (text: string) => `Số xã dựng cùng lúc "${text}" không đúng: cần một số nguyên từ 1 trở lên (--jobs 2).`,
  batchesNeedList: '--batches chỉ dùng cùng --list; để dựng một nhóm, dùng --batch I/N.',
  batchOrCommune: 'Chọn xã bằng --commune hoặc bằng --batch, không dùng cả hai.',
  pruned: (slug: string) => `Bỏ bản cũ của ${slug}: xã này không còn thuộc lần dựng này (đã bỏ khỏi tỉnh hoặc sang nhóm khác).`,
  emptyBatch: (batch: string) => `Nhóm ${batch} không có xã nào: không có gì để dựng.`,
  /** The communes not published, by why: their build failed, or what it built failed `cchc verify`. */
  failedCommunes: (failed: readonly { slug: string; kept: boolean; failure: 'build' | 'verify' }[]) => {
    const named = (failure: 'build' | 'verify', what: string) => {
      const slugs = failed.filter((f) => f.failure === failure).map((f) => f.slug);
      return slugs.length ? [`LỖI: ${slugs.length} xã ${what}: ${slugs.join(', ')}.`] : [];
    };
    return [
      ...named('build', 'không dựng được'),
      ...named('verify', 'dựng xong nhưng không qua kiểm tra (cchc verify) nên không được xuất bản'),
      ...failed.map(
        (f) => `  - ${f.slug}: ${f.kept ? 'trang đang đăng giữ nguyên bản tốt gần nhất' : 'chưa có bản tốt nào, xã này chưa có trang'}; sửa lỗi ở trên rồi dựng lại.`,
      ),
      'Các xã khác vẫn được dựng và xuất bản bình thường.',
    ].join('\n');
  },
  annotation: (slug: string, kept: boolean, failure: 'build' | 'verify') =>
    failure === 'build'
      ? `::error title=Xã ${slug} dựng lỗi::Xã ${slug} không dựng được; ${kept ? 'trang giữ nguyên bản tốt gần nhất' : 'xã này chưa có trang'}. Xem nhật ký của bước dựng.`
      : `::error title=Xã ${slug} không qua kiểm tra::Trang dựng xong của xã ${slug} không qua kiểm tra nên không được xuất bản; ${kept ? 'trang giữ nguyên bản tốt gần nhất' : 'xã này chưa có trang'}. Xem nhật ký của bước dựng.`,
  /** Which communes were built and which skipped as unchanged; the failed ones are named by failedCommunes. */
  tally: (built: readonly string[], skipped: readonly string[]) =>
    [
      `Đã dựng ${built.length} xã${built.length ? `: ${built.join(', ')}` : ''}.`,
      `Bỏ qua ${skipped.length} xã không đổi${skipped.length ? `: ${skipped.join(', ')}` : ''}.`,
    ].join('\n'),
} as const;

/** What `cchc build-hub` says (src/build/hub.ts). */
export const hubMessages = {
  notProvince: (communes: string) => `Không thấy kho của tỉnh: cần tệp province/site.yaml bên cạnh ${communes}.`,
  slugClash: (names: readonly string[]) =>
    `Tên thư mục của xã trùng với địa chỉ của trang chung của tỉnh: ${names.join(', ')}. Đổi tên thư mục xã (communes/<tên-xã>) cho khác.`,
  noCommuneSites: (missing: readonly string[]) =>
    `Chưa có bản dựng của ${missing.length} xã (${missing.join(', ')}): ô tìm kiếm cả tỉnh chưa tìm được trang của các xã này. Chạy build-all trước.`,
  unchanged: (out: string) =>
    `Trang chung của tỉnh không đổi từ lần dựng trước (tỉnh, các xã và bản dựng của các xã đều không đổi): giữ nguyên ${out} (dựng lại hẳn: --force).`,
  failed: (kept: boolean) => `\nKhông dựng được trang chung của tỉnh. ${kept ? 'Bản đang có được giữ nguyên.' : 'Chưa có bản nào được tạo.'}`,
  done: (out: string, seconds: number, pages: number) =>
    `\nĐã dựng trang chung của tỉnh vào ${out} trong ${seconds.toFixed(1)} giây; ô tìm kiếm cả tỉnh có ${pages} trang.`,
} as const;

/** What `cchc size` and build-all say of a tree's size against the Pages hosts. */
export const sizeMessages = {
  summary: (dir: string, bytes: number, files: number) => `${dir}: ${megabytes(bytes)} MB, ${files.toLocaleString('vi-VN')} tệp.`,
  host: (name: string, share: number, limitBytes: number, limitFiles: number | null) =>
    `  ${name}: ${Math.round(share * 100)}% giới hạn (${megabytes(limitBytes)} MB${limitFiles === null ? '' : `, ${limitFiles.toLocaleString('vi-VN')} tệp`})`,
  near: (name: string) =>
    `CẢNH BÁO: bản dựng đã gần chạm giới hạn của ${name}. Nên chuẩn bị xuất bản lên kho lưu trữ đối tượng có CDN (docs/deploy.md) trước khi bị từ chối.`,
  over: (name: string) => `LỖI: bản dựng vượt giới hạn của ${name}; nơi đó sẽ từ chối xuất bản. Dùng kho lưu trữ đối tượng có CDN (docs/deploy.md).`,
  badHost: (host: string) => `Không có nơi xuất bản "${host}": chọn github hoặc gitlab.`,
  noDir: (dir: string) => `Không có thư mục ${dir}.`,
} as const;

const megabytes = (bytes: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export const reportMessages = {
  missingPeriod: 'Thiếu kỳ báo cáo.',
  badPeriod: (period: string) => `Kỳ báo cáo "${period}" không đúng dạng.`,
  contentErrors: (report: string, n: number) => `${report}\n\nKhông lập được báo cáo: nội dung có ${n} lỗi. Sửa các lỗi trên rồi chạy lại.`,
  noPlan: (year: number, where: string) => `Không có kế hoạch năm ${year} trong ${where}.`,
  written: (file: string) => `Đã ghi ${file}`,
  summary: (label: string, asOf: string, tasks: number, behind: number) => `${label}, số liệu đến ngày ${asOf}: ${tasks} nhiệm vụ, ${behind} chậm tiến độ hoặc quá hạn.`,
} as const;
