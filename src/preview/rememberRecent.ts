/** A small most-recently-used memory: what was asked for last stays, the oldest goes once there are more than `limit`. */
export interface RecentMemory<K, V> {
  /** The value, marked as just used; undefined when it was never kept or has been let go. */
  get(key: K): V | undefined;
  /** Keeps a value as the most recent one, letting the oldest go past the limit. */
  set(key: K, value: V): void;
  /** Lets one value go. */
  delete(key: K): void;
}

/**
 * Makes a memory that keeps only the `limit` most recently used values (the preview keeps the last one or two files
 * it read again to show their sheets, never all of them).
 *
 * @param limit - how many values to keep, at least 1
 * @returns the memory
 * @example
 * const recent = rememberRecent<string, number>(2);
 * recent.set("a", 1); recent.set("b", 2); recent.get("a"); recent.set("c", 3);
 * recent.get("b"); // undefined: "a" was used after it
 */
export function rememberRecent<K, V>(limit: number): RecentMemory<K, V> {
  const kept = new Map<K, V>();
  const max = Math.max(1, Math.floor(limit));
  return {
    get(key) {
      if (!kept.has(key)) return undefined;
      const value = kept.get(key) as V;
      kept.delete(key);
      kept.set(key, value);
      return value;
    },
    set(key, value) {
      kept.delete(key);
      kept.set(key, value);
      while (kept.size > max) kept.delete(kept.keys().next().value as K);
    },
    delete(key) {
      kept.delete(key);
    },
  };
}
