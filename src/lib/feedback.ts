/**
 * The "Trang này có hữu ích không?" link: the commune's chosen channel with
 * the page's address filled in. A mailto: link opens the reader's own mail
 * program; a URL template opens the commune's form. Either is a plain link:
 * nothing is requested until the reader follows it.
 */
import { pageFeedbackUi } from '../i18n/vi.ts';
import { queryValue } from './safe-url.ts';

export interface PageFeedback {
  email?: string | undefined;
  /** https://… with {url} where the page's address goes (and optionally {title}). */
  url?: string | undefined;
}

export function pageFeedbackHref(channel: PageFeedback, page: { url: string; title: string }): string | null {
  if (channel.email) {
    const query = `subject=${queryValue(pageFeedbackUi.subject(page.title))}&body=${queryValue(pageFeedbackUi.body(page.url))}`;
    return `mailto:${channel.email}?${query}`;
  }
  if (channel.url) {
    return channel.url.replaceAll('{url}', encodeURIComponent(page.url)).replaceAll('{title}', encodeURIComponent(page.title));
  }
  return null;
}
