/**
 * "Today" for the build, in Asia/Ho_Chi_Minh. The `today` setting
 * (CCHC_TODAY=2024-06-30) pins it, for tests and for rebuilding a past
 * report exactly as it was.
 */
import { isoDateInVietnam, type IsoDate } from '../lib/dates.ts';
import { processSettings } from '../settings/settings.ts';

export function today(pinned = processSettings().today): IsoDate {
  return pinned ?? isoDateInVietnam(new Date());
}
