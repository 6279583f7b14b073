/**
 * The communes tests read, all under tests/fixtures/. No test reads the
 * repository's content/: that is the demo site, and a commune that replaces it
 * with its own content must still pass `npm test` (tests/unit/fixtures-only.test.ts
 * holds every test file to this).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = {
  /** A copy of the demo (xã Bằng Cả 2024): every page type, the facts the demo's tests check. */
  bangCa: 'tests/fixtures/bang-ca-2024',
  /** Seed 000: a plan with a six-task appendix. */
  chauThanh: 'tests/fixtures/chau-thanh-2024',
  /** Seed 001: a plan without an appendix, published under a sub-path. */
  lienMinh: 'tests/fixtures/lien-minh-2022',
  /** An illustrative ward of 2026 (phường Hòa An, synthetic): merged from three former units, a service center, no district, a 2026 plan. */
  hoaAn: 'tests/fixtures/hoa-an-2026',
  /**
   * An illustrative thị xã of 2024 (Kiến Tường, data made up) whose plan appendix
   * groups tasks under six units, numbers restarting in each, with on-request
   * and blank timings (issue #16; tests/build/plan-groups.test.ts).
   */
  kienTuong: 'tests/fixtures/kien-tuong-2024',
  /**
   * One small synthetic site per kind of unit, to hold wording to the kind
   * (tests/build/kinds.test.ts): a xã, a phường and a đặc khu of 2026 with
   * former units and a service center, and a historic thị xã whose plan names
   * the town as its own district.
   */
  kindXa: 'tests/fixtures/kinds/xa-2026',
  kindPhuong: 'tests/fixtures/kinds/phuong-2026',
  kindDacKhu: 'tests/fixtures/kinds/dac-khu-2026',
  kindThiXa: 'tests/fixtures/kinds/thi-xa-2024',
} as const;

/** The day a fixture is built and checked on when not the tests' usual day of 2024: a day of its plan's year. */
export const FIXTURE_TODAY: Partial<Record<keyof typeof FIXTURES, string>> = {
  hoaAn: '2026-06-30',
  kindXa: '2026-06-30',
  kindPhuong: '2026-06-30',
  kindDacKhu: '2026-06-30',
};

/**
 * The absolute content folder a test builds or checks. It must be named, must
 * exist and must not be the repository's content/, so a test cannot fall back
 * to the demo site by leaving the folder out.
 */
export function fixtureDir(dir: string | undefined): string {
  if (!dir) throw new Error('a test must name its content folder (a fixture under tests/fixtures/ or a temporary copy)');
  const absolute = resolve(dir);
  if (absolute === resolve('content')) throw new Error(`${dir} is the repository's demo content; tests use a fixture under tests/fixtures/`);
  if (!existsSync(absolute)) throw new Error(`no content folder at ${dir}`);
  return absolute;
}
