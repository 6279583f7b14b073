/**
 * Corpus cases the product does not yet pass, each with the reason. The
 * check test runs them as expected failures, so one that starts passing
 * fails the test until it is taken off this list. Never add a case here
 * without a reason that names the work that will fix it.
 */
const FILES_BRANCH = 'safe URL schemes, confined and opened files, the upload folder (branch files, landing next)';

export const KNOWN_FAILURES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'site-url-javascript', 'hotline-url-data', 'feedback-url-vbscript', 'social-javascript', 'social-file', 'portal-national-mixed-case',
    'portal-provincial-data', 'cms-auth-javascript', 'procedure-portal-data', 'procedure-form-vbscript', 'procedure-basis-javascript',
    'document-url-javascript', 'index-source-file',
    'file-dotdot', 'file-symlink-out', 'file-symlink-passwd', 'file-pdf-is-html', 'file-pdf-empty',
    'cover-dotdot', 'cover-absolute', 'cover-symlink-out', 'cover-symlink-passwd', 'cover-empty', 'cover-bmp', 'cover-svg',
    'cover-truncated', 'cover-huge', 'cover-html', 'body-image-outside', 'body-link-outside', 'entry-symlink-out',
    'upload-html', 'upload-svg-script', 'upload-html-as-pdf', 'upload-svg-as-png', 'upload-script', 'upload-empty',
    'upper-case-md', 'bang-file-name', 'built-in-address', 'far-future-date',
  ].map((id) => [id, FILES_BRANCH]),
);
