import { describe, expect, it } from 'vitest';
import { labelCells } from '../../src/lib/table-cells.ts';

const LABELS = ['Nhiệm vụ', 'Chỉ tiêu', 'Quý I', 'Ghi "chú" & khác'];

describe('labelCells', () => {
  it('labels each td with the heading of its column, the row heading taking its place without a label', () => {
    const html = '<tbody><tr><th scope="row">1 Tuyên truyền</th><td>4 tin bài</td><td class="x">Đạt</td></tr></tbody>';
    expect(labelCells(html, LABELS)).toBe(
      '<tbody><tr><th scope="row">1 Tuyên truyền</th><td data-label="Chỉ tiêu">4 tin bài</td><td class="x" data-label="Quý I">Đạt</td></tr></tbody>',
    );
  });

  it('restarts at each row, counts colspan and escapes the label', () => {
    const html = '<tr><th colspan="2">Nhóm</th><td>a</td><td>b</td></tr><tr><td colspan=3>c</td><td>d</td></tr>';
    expect(labelCells(html, LABELS)).toBe(
      '<tr><th colspan="2">Nhóm</th><td data-label="Quý I">a</td><td data-label="Ghi &quot;chú&quot; &amp; khác">b</td></tr>' +
        '<tr><td colspan=3 data-label="Nhiệm vụ">c</td><td data-label="Ghi &quot;chú&quot; &amp; khác">d</td></tr>',
    );
  });

  it('leaves a cell past the last column, a cell already labelled and the text alone', () => {
    const html = '<tr><td data-label="Riêng">x &lt;td&gt;</td><td>y</td><td>z</td><td>w</td><td>v</td></tr>';
    expect(labelCells(html, LABELS)).toBe(
      '<tr><td data-label="Riêng">x &lt;td&gt;</td><td data-label="Chỉ tiêu">y</td><td data-label="Quý I">z</td><td data-label="Ghi &quot;chú&quot; &amp; khác">w</td><td>v</td></tr>',
    );
  });
});
