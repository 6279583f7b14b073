/**
 * "Today" for the build, in Asia/Ho_Chi_Minh. CCHC_TODAY=2024-06-30 pins it,
 * for tests and for rebuilding a past report exactly as it was.
 */
import { isoDateInVietnam, parseCalendarDate, type IsoDate } from '../lib/dates.ts';

export function today(): IsoDate {
  const pinned = process.env.CCHC_TODAY;
  if (pinned) {
    const parsed = parseCalendarDate(pinned);
    if (!parsed) throw new Error(`CCHC_TODAY="${pinned}" không phải ngày hợp lệ (cần dạng 2024-06-30)`);
    return parsed;
  }
  return isoDateInVietnam(new Date());
}
