/**
 * Where Debian's Chromium is. No browser is ever downloaded: the axe gate
 * runs where one is installed and is skipped, with a note, where none is.
 */
import { existsSync } from 'node:fs';

// The one place that reads CHROMIUM_PATH until the typed settings module (src/settings/) takes it over.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = () => existsSync(CHROMIUM);
