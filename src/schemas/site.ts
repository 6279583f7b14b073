/** content/site.yaml: the commune's identity. Nothing in src/ names a commune. */
import { z } from 'zod';
import { officialDisplay, siteKinds } from '../i18n/vi.ts';
import { cmsExpected } from '../i18n/cms.ts';
import { expected, transparencyMessages } from '../i18n/validation.ts';
import { calendarDate, contactUrl, email, keyOf, optionalText, phone, procedureCode, text, url } from './fields.ts';

const contactPoint = z.strictObject({
  label: text,
  phone: phone.optional(),
  email: email.optional(),
  url: contactUrl.optional(),
});

export const siteSchema = z.strictObject({
  name: text,
  kind: z.enum(siteKinds, { error: expected.oneOf(siteKinds) }),
  /**
   * With its kind, as written on documents: "huyện Châu Thành". Only for a site
   * from before 1 July 2025: since then communes report to the province.
   */
  district: optionalText,
  /** "tỉnh Quảng Ninh", "thành phố Hà Nội". */
  province: text,
  /**
   * The units merged into this one on 1 July 2025 (or earlier). Citizens keep
   * using the old names for years: they are shown on the home, contact and
   * site-map pages and are searchable.
   */
  formerUnits: z
    .array(
      z.strictObject({
        name: text,
        kind: z.enum(siteKinds, { error: expected.oneOf(siteKinds) }),
        /** Its district before the reform, with its kind: "huyện Đức Thọ". */
        district: optionalText,
        /** Last day it existed, e.g. 2025-06-30. */
        until: calendarDate.optional(),
      }),
    )
    .default([]),
  /**
   * The Public Administration Service Center (Trung tâm Phục vụ hành chính
   * công): the one-stop desk, and the default "where to file" of every
   * procedure. A historic site without one files at `address`.
   */
  serviceCenter: z
    .strictObject({
      name: text,
      address: text,
      /** Defaults to the commune's officeHours. */
      hours: optionalText,
      phone,
      /** A map of the desk (https://…); a link only, nothing is embedded. */
      mapUrl: url.optional(),
    })
    .optional(),
  /**
   * Codes of the procedures listed first on the procedure index, most used
   * first (e.g. 1.001193 for a birth registration). Each must be a procedure
   * of the site (checked across files); without it, the commonest
   * civil-status and certification procedures the commune has.
   */
  popularProcedures: z.array(procedureCode).optional(),
  /**
   * Who receives the commune's reform reports: "Sở Nội vụ tỉnh Quảng Ninh";
   * "Phòng Nội vụ huyện Châu Thành" on a historic site. Defaults from the
   * province, or the district when there is one (src/lib/unit.ts).
   */
  reportsTo: optionalText,
  /** Full agency name for header and footer, e.g. "Ủy ban nhân dân xã …". */
  agency: text,
  description: text,
  address: text,
  phone,
  email,
  hotlines: z.array(contactPoint).min(1, { error: 'ít nhất một số đường dây nóng CCHC' }),
  /** Where citizens send feedback on administrative regulations. */
  feedback: z.strictObject({
    receiver: text,
    address: optionalText,
    phone: phone.optional(),
    email: email.optional(),
    url: contactUrl.optional(),
  }),
  /**
   * The optional "Trang này có hữu ích không?" link at the foot of every page:
   * a mailto: with the page's title and address filled in, or a web form
   * whose address has {url} where the page's address goes. A plain link:
   * nothing is sent until the reader follows it.
   */
  pageFeedback: z
    .strictObject({
      email: email.optional(),
      url: z
        .string({ error: transparencyMessages.feedbackUrl })
        .trim()
        .regex(/^https:\/\/[^\s]*\{url\}[^\s]*$/, { error: transparencyMessages.feedbackUrl })
        .optional(),
    })
    .refine((f) => (f.email === undefined) !== (f.url === undefined), { error: transparencyMessages.feedbackChannel })
    .optional(),
  /**
   * Disclosure of files processed late: whether officials appear by name or
   * only by position. Privacy rules differ between provinces; by position
   * unless the commune chooses otherwise.
   */
  lateFiles: z.strictObject({ officials: keyOf(officialDisplay).default('position') }).default({ officials: 'position' }),
  officeHours: text,
  responsible: z.strictObject({ name: text, title: text }),
  logo: optionalText,
  social: z.strictObject({ zalo: url.optional(), facebook: url.optional() }).default({}),
  portals: z.strictObject({
    national: url,
    provincial: z.strictObject({ name: text, url }).optional(),
  }),
  /**
   * Where the browser CMS at /admin/ reads and commits content in production
   * (see README, "Biên tập trên trình duyệt"). Optional: without it the CMS
   * takes the repository from CI (GITHUB_REPOSITORY, CI_PROJECT_PATH) and
   * always offers the local-folder mode.
   */
  cms: z
    .strictObject({
      backend: z.enum(['github', 'gitlab'], { error: expected.oneOf(['github', 'gitlab']) }),
      /** owner/name on GitHub, group/project on GitLab. */
      repo: z
        .string({ error: cmsExpected.repo })
        .trim()
        .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: cmsExpected.repo }),
      branch: optionalText,
      /** GitHub: origin of the OAuth client (e.g. Sveltia CMS Authenticator). GitLab: the GitLab origin. */
      authUrl: url.optional(),
      /** GitLab: ID of the OAuth application (PKCE, no server needed). */
      appId: optionalText,
      /** Self-hosted GitLab: its API root, e.g. https://git.example.gov.vn/api/v4 */
      apiRoot: url.optional(),
    })
    .optional(),
  /** Public origin, e.g. https://bangca.halong.gov.vn */
  url,
  base: z
    .string({ error: expected.basePath })
    .regex(/^\/([a-z0-9-]+\/)*$/, { error: expected.basePath })
    .default('/'),
});

export type Site = z.output<typeof siteSchema>;
/** A hotline or other contact: a label and a phone, e-mail or web address. */
export type ContactPoint = z.output<typeof contactPoint>;
