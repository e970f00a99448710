/**
 * Small per-database caches of what is costly to recompute for every search (the facet groups of
 * a common word, the vocabulary of suggestions). Entries are valid for one version of the index,
 * `meta.search_version`, which a trigger moves in the same transaction as any change of
 * `search_documents` (migration 20261126T1700_search_speed): a new version empties the cache, so
 * nothing stale is ever served, on one instance or several.
 */
import type { Db } from '../../db/database.ts';
import { getMeta, getMetas } from '../../db/meta.repository.ts';

/** The current version of the search index, or undefined when it is not tracked (then nothing is cached). */
export async function searchVersion(db: Db): Promise<string | undefined> {
  return getMeta(db, 'search_version');
}

/**
 * What a page of results depends on: the index (matches, ranks), the published content (themes,
 * the members a news item names) and the hour (ranks favour recent documents). A version never
 * set yet reads as 0: its first change moves it.
 */
export async function resultsVersion(db: Db, now = Date.now()): Promise<string> {
  const metas = await getMetas(db, ['search_version', 'content_version']);
  return `${metas.get('search_version') ?? 0}|${metas.get('content_version') ?? 0}|${Math.floor(now / 3_600_000)}`;
}

/** A least-recently-used map whose entries all belong to one index version. */
export class VersionedCache<V> {
  private version: string | undefined;
  private readonly entries = new Map<string, V>();

  /** @param maxEntries entries kept at most, least recently used dropped first */
  constructor(private readonly maxEntries: number) {}

  get(version: string | undefined, key: string): V | undefined {
    if (version === undefined || version !== this.version) return undefined;
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(version: string | undefined, key: string, value: V): void {
    if (version === undefined) return;
    // A slow request that read an older version must not throw away the newer entries (when versions are numbers).
    if (this.version !== undefined && Number(version) < Number(this.version)) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** One cache per database (tests and benchmarks open several in one process). */
export function perDatabase<V>(maxEntries: number): (db: Db) => VersionedCache<V> {
  const caches = new WeakMap<Db, VersionedCache<V>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) caches.set(db, (cache = new VersionedCache<V>(maxEntries)));
    return cache;
  };
}
