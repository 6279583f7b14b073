/**
 * Whether the browser CMS at /admin/ can sign in: site.yaml's `cms:` block
 * must name a real repository and, for GitLab, a real OAuth application.
 * `cchc init` writes the placeholders below where the admin still has work to
 * do; `cchc check` (and so the pipeline) refuses them until replaced. Pure:
 * it returns problems, src/i18n/cms.ts words them.
 */

/** Values that mean "not set yet". Declared once: init writes them, check and the CMS fallback recognise them. */
export const CMS_PLACEHOLDERS = {
  /** The repository when none is known: the CMS then works in local-folder mode only. */
  repo: 'chua-cau-hinh/kho-noi-dung',
  /** GitLab: written by init until the admin pastes the OAuth application's ID. */
  appId: 'chua-co-id-ung-dung',
  /** GitHub: an authenticator's address shown as an example, never a real host (.invalid). */
  authUrl: 'https://may-xac-thuc.chua-cau-hinh.invalid',
} as const;

/** The branch the GitHub workflow of `cchc init` publishes from, and so the one the CMS commits to. */
export const PUBLISH_BRANCH = 'main';

/** The `cms:` block as written (not yet judged by the schema: the rule must also see a block the schema refuses). */
export interface CmsBlock {
  backend?: unknown;
  repo?: unknown;
  authUrl?: unknown;
  appId?: unknown;
}

export type CmsProblem =
  /** No `cms:` block: the CMS takes the repository from CI, or edits a local folder. */
  | { kind: 'absent' }
  /** A field still holds what init (or the guide's example) wrote. */
  | { kind: 'placeholder'; field: 'repo' | 'appId' | 'authUrl'; value: string }
  /** GitLab without an application ID cannot sign in with PKCE. */
  | { kind: 'missing'; field: 'appId' };

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/** What stands between this `cms:` block and a working sign-in. */
export function cmsProblems(cms: CmsBlock | undefined): CmsProblem[] {
  if (cms === undefined || cms === null) return [{ kind: 'absent' }];
  const problems: CmsProblem[] = [];
  for (const field of ['repo', 'appId', 'authUrl'] as const) {
    const value = trimmed(cms[field]);
    if (value !== undefined && value.replace(/\/+$/, '') === CMS_PLACEHOLDERS[field]) problems.push({ kind: 'placeholder', field, value });
  }
  if (cms.backend === 'gitlab' && !trimmed(cms.appId)) problems.push({ kind: 'missing', field: 'appId' });
  return problems;
}
