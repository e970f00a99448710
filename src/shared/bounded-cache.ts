/**
 * A small in-process cache with a bound on the number of entries: the least recently used
 * entry goes first. For values that are the same for every request and costly to compute
 * (map backgrounds, rendered fragments), never for anything that depends on the viewer.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxEntries: number) {
    if (!(maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value of `key`, computed by `compute` on a miss. */
  get(key: K, compute: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  /** The cached value of `key`, if any (it becomes the most recently used). */
  peek(key: K): V | undefined {
    return this.entries.has(key) ? this.get(key, () => undefined as V) : undefined;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
