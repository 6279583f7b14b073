/**
 * The error blocks of a Vietnamese report (src/lib/validation-report.ts), as
 * the clerk reads them, whatever a logger put before each line: `check`'s
 * report and the build's can then be compared as sets.
 */
const HEAD = /^(LỖI|CẢNH BÁO) {2}/;
const DETAIL = /^ {2}(Trường|Tìm thấy|Cần|Gợi ý): /;

export function errorBlocks(output: string): string[] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const text = line.replace(/^.*?(?=LỖI {2}|CẢNH BÁO {2}| {2}(?:Trường|Tìm thấy|Cần|Gợi ý): )/, '');
    if (HEAD.test(text)) {
      current = [text];
      blocks.push(current);
    } else if (current && DETAIL.test(text)) current.push(text);
    else current = undefined;
  }
  return blocks
    .map((b) => b.join('\n'))
    .filter((b) => b.startsWith('LỖI'))
    .sort();
}
