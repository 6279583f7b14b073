/**
 * The built sites the quality gates look at. The sites are built once per
 * run by build-sites.ts; the gates themselves are src/verify's.
 */
import { readSiteAddress, type SiteAddress } from '../../src/verify/site.ts';
import { SITES } from './build.ts';

export interface QualitySite {
  name: string;
  dir: string;
  /** Base path the site is published under, e.g. `/` or `/xa-lien-minh/`. */
  base: string;
}

/** Demo (every page type), a fixture with a plan appendix, and one under a sub-path. */
export const QUALITY_SITES: QualitySite[] = [
  { name: 'demo', dir: SITES.demo.out, base: '/' },
  { name: 'chau-thanh-2024', dir: SITES.chauThanh.out, base: '/' },
  { name: 'lien-minh-2022', dir: SITES.lienMinh.out, base: '/xa-lien-minh/' },
];

/** Where the site is published, as `cchc verify` reads it from the build; the base must be the one the test expects. */
export function addressOf(site: QualitySite): SiteAddress {
  const address = readSiteAddress(site.dir);
  if (!address) throw new Error(`${site.dir}: no home page with a canonical address (was the site built?)`);
  if (address.base !== site.base) throw new Error(`${site.name}: built under ${address.base}, expected ${site.base}`);
  return address;
}
