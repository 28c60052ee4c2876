/**
 * Figures that need not be up to the second (indicators, open data) are computed at most once per
 * key and period of time, by the injected clock: a full pass over 300,000 results is not repeated for
 * every page view, and concurrent requests share the computation under way.
 */
export function ttlCache<T>(ttlMs: number, maxKeys = 100) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key: string, now: Date, compute: () => Promise<T>): Promise<T> => {
    const found = entries.get(key);
    if (found && now.getTime() - found.at < ttlMs && now.getTime() >= found.at) return found.value;
    if (entries.size >= maxKeys) entries.clear();
    const value = compute();
    entries.set(key, { at: now.getTime(), value });
    value.catch(() => entries.delete(key));
    return value;
  };
}

export type TtlCache<T> = ReturnType<typeof ttlCache<T>>;
