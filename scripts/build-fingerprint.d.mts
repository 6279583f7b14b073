/** Types of build-fingerprint.mjs, for the tests. */
export function buildFingerprint(options: { contentDir: string; env: Record<string, string | undefined>; args: string[]; root?: string }): string;
export function isUpToDate(out: string, fingerprint: string): boolean;
export function recordBuild(out: string, fingerprint: string): void;
