/**
 * A pure function of a string that remembers its results: a build asks the
 * same few thousand words or names again on every page. The memory is
 * emptied past `limit` entries, so hostile content cannot grow it forever.
 */
export function remembered<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined) {
      if (results.size > limit) results.clear();
      result = compute(key);
      results.set(key, result);
    }
    return result;
  };
}
