/** content/site.yaml: the commune's identity. Nothing in src/ names a commune. */
import { z } from 'zod';
import { siteKinds } from '../i18n/vi.ts';
import { expected } from '../i18n/validation.ts';
import { email, optionalText, phone, text, url } from './fields.ts';

const contactPoint = z.object({
  label: text,
  phone: phone.optional(),
  email: email.optional(),
  url: url.optional(),
});

export const siteSchema = z.strictObject({
  name: text,
  kind: z.enum(siteKinds, { error: expected.oneOf(siteKinds) }),
  /** With its kind, as written on documents: "huyện Châu Thành", "thành phố Hạ Long". */
  district: text,
  /** "tỉnh Quảng Ninh", "thành phố Hà Nội". */
  province: text,
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
    url: url.optional(),
  }),
  officeHours: text,
  responsible: z.strictObject({ name: text, title: text }),
  logo: optionalText,
  social: z.strictObject({ zalo: url.optional(), facebook: url.optional() }).default({}),
  portals: z.strictObject({
    national: url,
    provincial: z.strictObject({ name: text, url }).optional(),
  }),
  /** Public origin, e.g. https://bangca.halong.gov.vn */
  url,
  base: z
    .string({ error: expected.basePath })
    .regex(/^\/([a-z0-9-]+\/)*$/, { error: expected.basePath })
    .default('/'),
});

export type Site = z.output<typeof siteSchema>;
