/**
 * What makes a shared description well formed (issue 17 part 4): one or two
 * sentences that start with a capital letter, end with a period, carry no
 * doubled punctuation or doubled spaces. Used on the built pages and, with a
 * planted fault, on the old lower-cased form.
 */
export function descriptionFaults(text: string): string[] {
  const faults: string[] = [];
  // A count may open a sentence ("2 thủ tục lĩnh vực Chứng thực…").
  if (!/^[\p{Lu}\d]/u.test(text)) faults.push('does not start with a capital letter');
  if (!text.endsWith('.') || text.endsWith('..')) faults.push('does not end with one period');
  if (/\.[,;:]/.test(text)) faults.push('has ".," or ".;"');
  if (/(?<!\.)\.\.(?!\.)/.test(text)) faults.push('has ".."');
  if (/\s{2}/.test(text)) faults.push('has a doubled space');
  if (/\s[.,;:]/.test(text)) faults.push('has a space before punctuation');
  return faults;
}

/** A procedure's description also says its fee ("Miễn phí" or an amount in đồng) and whether it is online. */
export function procedureDescriptionFaults(text: string, online: 'full' | 'partial' | 'none'): string[] {
  const faults = descriptionFaults(text);
  if (!/Miễn phí|\d[\d.]* đồng|theo mức quy định/.test(text)) faults.push('does not say the fee');
  const says = { full: 'Nộp trực tuyến toàn trình', partial: 'Nộp trực tuyến một phần', none: 'Chưa nộp trực tuyến được' }[online];
  if (!text.includes(says)) faults.push(`does not say "${says}"`);
  return faults;
}
