/**
 * A province's communes cut into batches for a CI matrix: one job per
 * batch, never more jobs than the host allows (GitHub: 256 a matrix; GitLab
 * `parallel`: 200).
 *
 * A commune's batch depends only on its slug and the number of batches, not
 * on which other communes exist: adding or removing a commune never moves
 * another one. The pipelines cache each batch's last good sites under the
 * batch's name, so a commune that stays in its batch finds its own last good
 * site there when its build fails.
 */

/** Most jobs one matrix may have, by host. */
export const JOB_LIMITS = { github: 256, gitlab: 200 } as const;

/** Batch `index` of `count`, 1-based, written `index/count` on the command line and in job names. */
export interface BatchId {
  index: number;
  count: number;
}

export interface Batch {
  /** `index/count`, what `cchc build-all --batch` takes. */
  batch: string;
  /** `index-of-count`: the batch in names that take no slash (GitHub artifacts, cache keys). */
  key: string;
  communes: string[];
}

/** FNV-1a, 32 bits: the same number for a slug on every machine and every Node. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** The batch (1 … count) a commune belongs to. */
export const batchOf = (slug: string, count: number): number => (hash(slug) % count) + 1;

const batchName = ({ index, count }: BatchId): string => `${index}/${count}`;

/** `3/20` → { index: 3, count: 20 }; undefined when malformed or out of range. */
export function parseBatch(text: string): BatchId | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const [index, count] = [Number(match[1]), Number(match[2])];
  return index >= 1 && index <= count && validBatchCount(count) ? { index, count } : undefined;
}

/** At most GitHub's limit, the larger one; GitLab's own schema caps its `parallel` at 200, which the GitLab template stays under. */
export const validBatchCount = (count: number): boolean => Number.isInteger(count) && count >= 1 && count <= Math.max(...Object.values(JOB_LIMITS));

/** The communes of batch `id`, in the order given. */
export const communesOfBatch = (slugs: readonly string[], id: BatchId): string[] => slugs.filter((s) => batchOf(s, id.count) === id.index);

/** The matrix: every non-empty batch of `count`, in batch order, each with its communes. */
export function planBatches(slugs: readonly string[], count: number): Batch[] {
  const byIndex = new Map<number, string[]>();
  for (const slug of slugs) {
    const index = batchOf(slug, count);
    byIndex.set(index, [...(byIndex.get(index) ?? []), slug]);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([index, communes]) => ({ batch: batchName({ index, count }), key: `${index}-of-${count}`, communes }));
}
