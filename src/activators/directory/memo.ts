// A small per-database cache with expiry and a size bound, for answers that change rarely: what a
// place field designates (the geography changes once a year) and the France-wide map of a filter
// (a minute old at most; the list and its count are never cached).
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** One cache per database, so tests (a database each) never see another's answers. */
export function perDatabase<V>(make: () => ExpiringCache<V>): (db: object) => ExpiringCache<V> {
  const caches = new WeakMap<object, ExpiringCache<V>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = make();
      caches.set(db, cache);
    }
    return cache;
  };
}
