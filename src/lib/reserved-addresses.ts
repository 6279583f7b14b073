/**
 * Addresses the portal's own pages take. A clerk's file named ban-in.md in
 * procedures/ would publish at /thu-tuc-hanh-chinh/ban-in/, the printable
 * list; news named trang.md would sit where the news pages' numbering
 * starts. The reserved addresses are read from the route files themselves
 * (src/integrations/routes.ts), so a new page reserves its address without
 * anyone keeping a list. Pure.
 */

/**
 * Every address, with trailing slash, that a route pattern fixes before its
 * first parameter: "/tin-tuc/trang/[page]" reserves /tin-tuc/ and /tin-tuc/trang/.
 */
export function builtInAddresses(patterns: readonly string[]): Set<string> {
  const reserved = new Set<string>();
  for (const pattern of patterns) {
    let address = '/';
    for (const segment of pattern.split('/').filter(Boolean)) {
      if (segment.includes('[')) break;
      address += `${segment}/`;
      reserved.add(address);
    }
  }
  return reserved;
}
