/**
 * Corpus cases the product does not yet pass, each with the reason. They
 * run as expected failures, so one that starts passing fails its test until
 * it is taken off its list. Never add a case here without a reason that
 * names what is wrong.
 */

/** Cases whose check verdict is not yet the one the case expects (tests/unit/corpus-check.test.ts). */
export const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

/**
 * Cases check passes as they should, whose build does not yet publish them
 * as check promised; tests/build/corpus.test.ts expects their failure on their own page.
 */
export const KNOWN_BUILD_FAILURES: Readonly<Record<string, string>> = {};
