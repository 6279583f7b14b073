/**
 * Every address on the portal, without the base path. URLs are Vietnamese
 * words without marks; ids come from file names, codes and years.
 */
import { slugify } from './text.ts';

/** The id of a field's section on the procedure index. */
export function fieldAnchor(field: string): string {
  return `linh-vuc-${slugify(field)}`;
}

/**
 * Folder under the site's public/ where the CMS puts uploaded files (linked
 * from bodies as /tai-lieu/x.pdf). They are published as they are, so
 * validation opens every one (src/validation/published-files.ts).
 */
/** A task's address segment: its full id as a slug ("II.1" → "ii-1"). */
export function taskSlug(id: string): string {
  return slugify(id);
}

/** Page `page` of a list whose first page is `first`: the rest sit under trang/N/ (src/lib/pagination.ts). */
function listPage(first: string, page: number): string {
  return page <= 1 ? first : `${first}trang/${page}/`;
}

export const UPLOAD_FOLDER = 'tai-lieu';

/** Folder of the site where the browser CMS is served (src/integrations/admin.ts). */
export const ADMIN_FOLDER = 'admin';

export const paths = {
  home: '/',
  procedures: '/thu-tuc-hanh-chinh/',
  procedure: (slug: string) => `/thu-tuc-hanh-chinh/${slug}/`,
  /** A field's own page: every field has one, so its address stays when the index is split (INDEX_INLINE_MAX). */
  procedureField: (field: string) => `/thu-tuc-hanh-chinh/linh-vuc/${slugify(field)}/`,
  /** A field's section on the index, when the index lists every procedure. */
  procedureFieldSection: (field: string) => `/thu-tuc-hanh-chinh/#${fieldAnchor(field)}`,
  /** A4 notices for the one-stop desk, with a QR code to the online page. */
  procedurePrint: (slug: string) => `/thu-tuc-hanh-chinh/${slug}/ban-in/`,
  /** Generated share image (1200×630) of a procedure: its name and facts. */
  procedureShareImage: (slug: string) => `/thu-tuc-hanh-chinh/${slug}/anh-chia-se.png`,
  proceduresPrint: '/thu-tuc-hanh-chinh/ban-in/',
  news: '/tin-tuc/',
  newsPage: (page: number) => listPage('/tin-tuc/', page),
  newsItem: (slug: string) => `/tin-tuc/${slug}/`,
  /** Generated share image (1200×630) of an article without a cover. */
  newsShareImage: (slug: string) => `/tin-tuc/${slug}/anh-chia-se.png`,
  /** The commune's share image, for every page without one of its own. */
  shareImage: '/anh-chia-se.png',
  topic: (slug: string, page = 1) => listPage(`/tin-tuc/chu-de/${slug}/`, page),
  rss: '/tin-tuc/rss.xml',
  topicRss: (slug: string) => `/tin-tuc/chu-de/${slug}/rss.xml`,
  plans: '/ke-hoach/',
  plan: (year: number) => `/ke-hoach/${year}/`,
  task: (year: number, id: string) => `/ke-hoach/${year}/#nhiem-vu-${id}`,
  /** Every item of a task, newest first, a page at a time (the plan and report pages show only the newest few). */
  taskItems: (year: number, id: string, page = 1) => listPage(`/ke-hoach/${year}/nhiem-vu/${taskSlug(id)}/`, page),
  reports: (year: number) => `/ke-hoach/${year}/bao-cao/`,
  report: (year: number, period: string) => `/ke-hoach/${year}/bao-cao/${period}/`,
  reportCsv: (year: number, period: string) => `/ke-hoach/${year}/bao-cao/${period}/bao-cao.csv`,
  reportJson: (year: number, period: string) => `/ke-hoach/${year}/bao-cao/${period}/bao-cao.json`,
  reportXlsx: (year: number, period: string) => `/ke-hoach/${year}/bao-cao/${period}/bao-cao.xlsx`,
  reportDocx: (year: number, period: string) => `/ke-hoach/${year}/bao-cao/${period}/bao-cao.docx`,
  events: '/su-kien/',
  eventsPage: (page: number) => listPage('/su-kien/', page),
  event: (slug: string) => `/su-kien/${slug}/`,
  commendations: '/bieu-duong/',
  commendationsPage: (page: number) => listPage('/bieu-duong/', page),
  commendation: (slug: string) => `/bieu-duong/${slug}/`,
  /** Reform index results: all indices, and one page per index with its charts. */
  indices: '/chi-so-cchc/',
  index: (key: string) => `/chi-so-cchc/${key}/`,
  /** Quarterly disclosure of files processed late. */
  lateFiles: '/ho-so-tre-han/',
  lateQuarter: (slug: string) => `/ho-so-tre-han/${slug}/`,
  /**
   * Guiding documents, grouped by kind (the index) and by issuer, each group a
   * section with an anchor: the filters work without script and cost two pages.
   */
  documents: '/van-ban/',
  documentsByIssuer: '/van-ban/co-quan/',
  document: (slug: string) => `/van-ban/${slug}/`,
  documentFile: (slug: string, file: string) => `/van-ban/${slug}/${file}`,
  documentKind: (kind: string) => `/van-ban/#loai-${kind}`,
  documentIssuer: (issuer: string) => `/van-ban/co-quan/#co-quan-${issuer}`,
  contact: '/lien-he/',
  sitemap: '/so-do-trang/',
  search: '/tim-kiem/',
} as const;

/** Prefix a site path with the base path ("/" or "/xa-bang-ca/"). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith('/') ? `${b}${path.slice(1)}` : `${b}${path}`;
}
