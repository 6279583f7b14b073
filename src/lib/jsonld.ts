/**
 * Structured data (schema.org JSON-LD) for search engines and link previews:
 * the commune as a GovernmentOrganization (in full on the pages about it, by
 * name and @id on the others), a GovernmentService
 * per procedure and a NewsArticle per news item. Pure: callers pass absolute
 * URLs; the page embeds the result in a <script type="application/ld+json">
 * data block, which browsers never execute.
 */
import type { Procedure } from '../schemas/procedure.ts';
import { fullUnitName, placeOf, unitName } from './unit.ts';
import type { Site } from '../schemas/site.ts';
import { toIsoDateTime, type IsoDate } from './dates.ts';
import { filingDesk, isOnline, portalUrlOf } from './procedures.ts';

export type JsonLd = { '@type': string; [key: string]: unknown };

/** The fragment id that names the commune's organisation node, e.g. https://x/#to-chuc. */
const ORGANIZATION_FRAGMENT = '#to-chuc';

function organizationId(homeUrl: string): string {
  return `${homeUrl}${ORGANIZATION_FRAGMENT}`;
}

const digits = (phone: string) => phone.replace(/[^+\d]/g, '');

/** The commune's people's committee. `homeUrl` is the site's home page, `logoUrl` an absolute image URL. */
export function governmentOrganization(site: Site, homeUrl: string, logoUrl: string): JsonLd {
  const sameAs = [site.social.zalo, site.social.facebook].filter((u): u is string => Boolean(u));
  return {
    '@type': 'GovernmentOrganization',
    '@id': organizationId(homeUrl),
    name: site.agency,
    url: homeUrl,
    logo: logoUrl,
    description: site.description,
    address: {
      '@type': 'PostalAddress',
      streetAddress: site.address,
      addressLocality: unitName(site),
      addressRegion: placeOf(site),
      addressCountry: 'VN',
    },
    telephone: site.phone,
    email: site.email,
    areaServed: { '@type': 'AdministrativeArea', name: fullUnitName(site) },
    contactPoint: site.hotlines.map((h) => ({
      '@type': 'ContactPoint',
      contactType: h.label,
      ...(h.phone && { telephone: digits(h.phone) }),
      ...(h.email && { email: h.email }),
      ...(h.url && { url: h.url }),
      availableLanguage: 'vi',
    })),
    ...(sameAs.length > 0 && { sameAs }),
  };
}

/**
 * The organisation by name and @id, on every page but those about it: the
 * home and contact pages carry it in full (governmentOrganization), and a
 * crawler joins the two by the @id. Half a kilobyte less on thousands of pages.
 */
export function organizationMention(site: Site, homeUrl: string): JsonLd {
  return { '@type': 'GovernmentOrganization', '@id': organizationId(homeUrl), name: site.agency, url: homeUrl };
}

/** One administrative procedure as offered by the commune, filed at `desk` (the commune's note on the procedure applied). */
export function governmentService(p: Procedure, pageUrl: string, site: Site, homeUrl: string, desk = filingDesk(site)): JsonLd {
  const area = { '@type': 'AdministrativeArea', name: fullUnitName(site) };
  // A procedure known only from the province's list names no agency: the commune runs it.
  const agency = p.agency || site.agency;
  const channels: JsonLd[] = [];
  if (p.channels.inPerson || p.channels.postal) {
    channels.push({
      '@type': 'ServiceChannel',
      name: desk.name,
      serviceLocation: { '@type': 'Place', name: desk.name, address: { '@type': 'PostalAddress', streetAddress: desk.address, addressCountry: 'VN' } },
      servicePhone: { '@type': 'ContactPoint', telephone: digits(desk.phone) },
      availableLanguage: 'vi',
    });
  }
  // Only an online procedure has an online channel: the national search for its code, or its own address.
  if (isOnline(p)) {
    channels.push({ '@type': 'ServiceChannel', serviceUrl: portalUrlOf(p), availableLanguage: 'vi' });
  }
  const priced = (p.fees ?? []).filter((f): f is typeof f & { amount: number } => f.amount !== undefined);
  return {
    '@type': 'GovernmentService',
    '@id': `${pageUrl}#thu-tuc`,
    name: p.name,
    identifier: p.code,
    url: pageUrl,
    ...(p.summary && { description: p.summary }),
    serviceType: p.field,
    provider: { '@id': organizationId(homeUrl) },
    serviceOperator: { '@type': 'GovernmentOrganization', name: agency },
    areaServed: area,
    ...(p.applicants.length > 0 && { audience: { '@type': 'Audience', audienceType: p.applicants.join('; ') } }),
    availableChannel: channels,
    ...(priced.length > 0 && {
      offers: priced.map((f) => ({ '@type': 'Offer', name: f.name, price: f.amount, priceCurrency: 'VND' })),
    }),
  };
}

export interface ArticleInput {
  title: string;
  summary: string;
  date: IsoDate;
  /** Absolute URLs of images (the cover, or the generated share image). */
  images: readonly string[];
  author?: string | undefined;
  unit?: string | undefined;
  topics: readonly string[];
}

/** Google shows at most 110 characters of a headline. */
export const HEADLINE_MAX = 110;

export function newsArticle(a: ArticleInput, pageUrl: string, site: Site, homeUrl: string, logoUrl: string): JsonLd {
  const headline = a.title.length > HEADLINE_MAX ? `${a.title.slice(0, HEADLINE_MAX - 1).trimEnd()}…` : a.title;
  const author = a.author
    ? { '@type': 'Person', name: a.author, ...(a.unit && { affiliation: { '@type': 'Organization', name: a.unit } }) }
    : { '@type': 'Organization', name: a.unit ?? site.agency };
  return {
    '@type': 'NewsArticle',
    '@id': `${pageUrl}#bai-viet`,
    headline,
    description: a.summary,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    image: [...a.images],
    datePublished: toIsoDateTime(a.date),
    dateModified: toIsoDateTime(a.date),
    inLanguage: 'vi',
    author: [author],
    publisher: { '@type': 'GovernmentOrganization', '@id': organizationId(homeUrl), name: site.agency, logo: { '@type': 'ImageObject', url: logoUrl } },
    articleSection: [...a.topics],
  };
}

/** One JSON-LD document for a page: the organisation first, then the page's own nodes. */
export function jsonLdGraph(nodes: readonly JsonLd[]): object {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped so a
 * title containing "</script>" cannot end the block, and U+2028/2029 too.
 */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
