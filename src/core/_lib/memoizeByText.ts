const LIMIT = 20_000;

/**
 * Wraps a pure reading of a text so each text is read once: the same labels recur in every sheet of
 * every file. Results are kept per context object (an officer's alias table changes readings) and
 * for no context; each store is bounded and simply cleared when full.
 *
 * @param read - the pure function of (text, context)
 * @returns the memoised function
 * @example
 * const isLong = memoizeByText((text: string) => text.length > 80);
 * isLong("Kinh tế") //=> false (computed once, then remembered)
 */
export function memoizeByText<T, C extends object = object>(
  read: (text: string, context?: C) => T,
): (text: string, context?: C) => T {
  const plain = new Map<string, T>();
  const byContext = new WeakMap<C, Map<string, T>>();
  return (text, context) => {
    let store = plain;
    if (context) {
      const known = byContext.get(context);
      if (known) store = known;
      else byContext.set(context, (store = new Map<string, T>()));
    }
    const known = store.get(text);
    if (known !== undefined || store.has(text)) return known as T;
    const value = read(text, context);
    if (store.size >= LIMIT) store.clear();
    store.set(text, value);
    return value;
  };
}
