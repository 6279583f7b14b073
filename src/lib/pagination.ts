/** Splits a list into numbered pages (page 1 is the first). */
export interface Page<T> {
  number: number;
  total: number;
  items: T[];
}

export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}
