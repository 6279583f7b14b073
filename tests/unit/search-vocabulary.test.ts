/**
 * Citizens' words for procedures (src/lib/search-vocabulary.ts): which
 * entries of the table a procedure's official name takes, and the portal's
 * own table read against its schema. The page side (the `aliases` metadata,
 * "giay doc than" in Chromium) is in tests/build/search-index.test.ts and
 * tests/e2e/search.test.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { aliasesFor } from '../../src/lib/search-vocabulary.ts';
import { vocabularySchema, type VocabularyEntry } from '../../src/schemas/search-vocabulary.ts';

const TABLE: VocabularyEntry[] = [
  { field: 'Hộ tịch', procedure: 'xác nhận tình trạng hôn nhân', phrases: ['giấy độc thân', 'xác nhận độc thân'] },
  { field: 'Hộ tịch', procedure: 'khai sinh', phrases: ['làm giấy khai sinh cho em bé'] },
  { field: 'Hộ tịch', procedure: 'Khai tử', phrases: ['báo tử', 'giấy độc thân'] },
  { field: 'Đất đai', procedure: 'đất', phrases: ['sổ đỏ'] },
];

describe('aliasesFor', () => {
  it('gives a procedure the phrases of every entry whose words are in its name, folded', () => {
    expect(aliasesFor('Cấp Giấy xác nhận tình trạng hôn nhân', TABLE)).toEqual(['giấy độc thân', 'xác nhận độc thân']);
    expect(aliasesFor('CẤP GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN', TABLE)).toEqual(['giấy độc thân', 'xác nhận độc thân']);
    expect(aliasesFor('Đăng ký khai sinh', TABLE)).toEqual(['làm giấy khai sinh cho em bé']);
    // Both entries, each phrase once, in table order.
    expect(aliasesFor('Đăng ký khai sinh, khai tử', TABLE)).toEqual(['làm giấy khai sinh cho em bé', 'báo tử', 'giấy độc thân']);
  });

  it('matches whole words in a row only', () => {
    // "xác nhận … hôn nhân" must be in a row; "đất" is not the start of "đấtx".
    // Folded, "đất" is also "đạt": an entry's words should be those that tell its procedure apart.
    expect(aliasesFor('Công nhận đạt chuẩn', TABLE)).toEqual(['sổ đỏ']);
    expect(aliasesFor('Xác nhận hôn nhân và tình trạng', TABLE)).toEqual([]);
    expect(aliasesFor('Đăng ký đất đai lần đầu', TABLE)).toEqual(['sổ đỏ']);
    expect(aliasesFor('Đăng ký khai sinhh', TABLE)).toEqual([]);
    expect(aliasesFor('Chứng thực', [])).toEqual([]);
  });
});

describe("the portal's own table", () => {
  it('is valid against the schema a commune file is checked with', () => {
    const table = vocabularySchema.parse(parse(readFileSync('src/data/search-vocabulary.yaml', 'utf8')));
    expect(table.length).toBeGreaterThan(0);
    expect(aliasesFor('Cấp Giấy xác nhận tình trạng hôn nhân', table)).toContain('giấy độc thân');
  });
});
