/**
 * The error blocks of a Vietnamese report (src/lib/validation-report.ts), as
 * the clerk reads them, whatever a logger put before each line: `check`'s
 * report and the build's can then be compared as sets.
 */
export function errorBlocks(output: string): string[] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const heading = /(LỖI|CẢNH BÁO) {2}.*/.exec(line);
    const detail = / {2}(Trường|Tìm thấy|Cần|Gợi ý): .*/.exec(line);
    if (heading) {
      current = [heading[0]];
      blocks.push(current);
    } else if (current && detail) current.push(detail[0]);
    else current = undefined;
  }
  return blocks
    .map((b) => b.join('\n'))
    .filter((b) => b.startsWith('LỖI'))
    .sort();
}
