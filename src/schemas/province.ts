/** province/site.yaml: the province's identity in a province repository (docs/deploy.md, "Một kho cho cả tỉnh"). */
import { z } from 'zod';
import { provinceMessages } from '../i18n/validation.ts';
import { email, optionalText, phone, text, url } from './fields.ts';

export const provinceSchema = z.strictObject({
  /** With its kind, as written on documents: "tỉnh Quảng Ninh", "thành phố Hải Phòng". */
  name: z
    .string({ error: provinceMessages.name })
    .trim()
    .regex(/^(tỉnh|thành phố) \S/u, { error: provinceMessages.name }),
  /** The Department of Home Affairs, which collects every commune's reform reports. */
  homeAffairs: z.strictObject({
    name: text,
    address: text,
    phone,
    email,
  }),
  /** The province's CCHC hotlines, shown on the provincial hub. */
  hotlines: z.array(z.strictObject({ label: text, phone, email: email.optional() })).min(1, { error: provinceMessages.hotlines }),
  /** The provincial hub's address (https://…), under which each commune is published at /<slug>/. */
  url,
  /** The province's public service portal, when it has one. */
  portal: z.strictObject({ name: text, url }).optional(),
  description: optionalText,
});

export type Province = z.infer<typeof provinceSchema>;
