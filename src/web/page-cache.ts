/**
 * Rendered public pages, kept in memory and validated by the content version.
 *
 * Why: a profile page changes only when its content does, and the speed bar asks for a
 * sizeable fraction of a static server's throughput. Each instance keeps rendered bodies
 * with their ETag and Last-Modified; any content write bumps `meta.content_version`
 * (src/db/meta.repository.ts), which every instance polls (default once a second), so that
 * several stateless instances on PostgreSQL stay coherent within that delay. Entries also
 * expire after `ttlMs`, so that time-relative text (stale-profile notices, scheduled news)
 * follows the clock.
 *
 * Each entry can also be sent gzipped (a fifth to a seventh of the bytes for these pages): the
 * compressed copy is made once, on the first request that accepts it, with its own ETag, and every
 * response of a compressible entry says `Vary: Accept-Encoding`.
 *
 * The cache is bounded in entries and in bytes: each entry counts its body, its key, its headers
 * and, when compressible, room for the gzipped copy (reserved when stored, so the bound holds
 * whenever the copy is made); the oldest entries go first. Keys are made of what a page reads
 * (src/web/context.ts, pageKey), so junk query strings cannot add entries.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { BoundedCache } from '../shared/bounded-cache.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { getMeta } from '../db/meta.repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The instance's page cache (read by tests and, later, metrics). */
    pageCache: PageCache;
  }
}

export interface CachedPage {
  body: Buffer;
  contentType: string;
  etag: string;
  /** HTTP date, from the content dates of the page. */
  lastModified: string | undefined;
  expiresAt: number;
  /** Bytes counted for this entry against the cache's bound. */
  size: number;
  /**
   * Complete header lists for the fast path, built once: security headers captured when the
   * page was rendered, plus validators, type and length. Flat `[name, value, …]` arrays.
   */
  headers200: string[];
  headers304: string[];
  /** Whether the body is worth compressing (text, 1 KB or more); then `gzipped` makes the copy. */
  compressible: boolean;
  /** The gzipped copy, made on first use. */
  gzip?: GzipVariant;
}

export interface GzipVariant {
  body: Buffer;
  etag: string;
  headers200: string[];
  headers304: string[];
}

const COMPRESSIBLE = /^(text\/|image\/svg\+xml|application\/(json|xml|atom\+xml|problem\+json))/;
const MIN_COMPRESSED_BYTES = 1024;

export interface PageCacheOptions {
  /** Entries kept at most (least recently stored dropped first) [5000]. */
  maxEntries?: number;
  /** Lifetime of an entry in ms [60000]. */
  ttlMs?: number;
  /** Bytes held at most, counted as described above [64 MiB]. */
  maxBytes?: number;
}

/** What an entry costs beyond its body: the key, the header arrays, the object itself. */
const ENTRY_OVERHEAD = 1024;
/** Room kept for the gzipped copy of a compressible body: HTML compresses to a fifth or less. */
const GZIP_SHARE = 1 / 3;
/**
 * zlib level of the gzipped copies: made while a visitor waits for a page that missed the
 * cache, so level 4 (a 49 KB profile in 0.9 ms, 3 % larger) rather than the default 6 (1.5 ms).
 */
const GZIP_LEVEL = 4;

export const CACHE_CONTROL = 'public, max-age=60';

/** Fragments kept (see PageCache.fragment): a directory map is 250–300 KB of markup. */
const FRAGMENT_ENTRIES = 16;

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private held = 0;

  constructor(options: PageCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 5000;
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  /** The entry of a key while it is fresh (expired ones stay, for getExpired, until the bounds push them out). */
  get(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt > now ? entry : undefined;
  }

  /** The entry of a key past its time to live, which may be sent while it is rendered again. */
  getExpired(key: string, now = Date.now()): CachedPage | undefined {
    const entry = this.entries.get(key);
    return entry && entry.expiresAt <= now ? entry : undefined;
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.remove(key, entry);
  }

  private readonly rendering = new Map<string, Promise<CachedPage>>();

  /** Runs `make` for a key unless it is already running, in which case its promise is shared. */
  once(key: string, make: () => Promise<CachedPage>): Promise<CachedPage> {
    let promise = this.rendering.get(key);
    if (!promise) {
      promise = make().finally(() => {
        if (this.rendering.get(key) === promise) this.rendering.delete(key);
      });
      this.rendering.set(key, promise);
    }
    return promise;
  }

  /** Moves each time the cache is cleared: a page rendered across a clear is sent but not kept. */
  generation = 0;

  /** Stores a rendered body with the headers its responses repeat; the ETag is computed once, here. */
  set(
    key: string,
    body: string,
    contentType: string,
    lastModified: Date | undefined,
    sharedHeaders: Record<string, string> = {},
  ): CachedPage {
    const entry = this.entry(body, contentType, lastModified, sharedHeaders);
    entry.size += key.length * 2;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    // An entry larger than the whole cache is sent, not kept.
    if (entry.size > this.maxBytes) return entry;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size < this.maxEntries && this.held + entry.size <= this.maxBytes) break;
      this.remove(oldKey, old);
    }
    this.entries.set(key, entry);
    this.held += entry.size;
    return entry;
  }

  private remove(key: string, entry: CachedPage): void {
    this.entries.delete(key);
    this.held -= entry.size;
  }

  /** Builds an entry without storing it (for pages too varied to be worth keeping, such as searches). */
  entry(body: string, contentType: string, lastModified: Date | undefined, sharedHeaders: Record<string, string> = {}): CachedPage {
    const buffer = Buffer.from(body);
    const etag = `"${crypto.createHash('sha1').update(buffer).digest('base64url')}"`;
    const lastModifiedText = lastModified?.toUTCString();
    const validators = ['etag', etag, 'cache-control', CACHE_CONTROL, ...(lastModifiedText ? ['last-modified', lastModifiedText] : [])];
    const compressible = buffer.length >= MIN_COMPRESSED_BYTES && COMPRESSIBLE.test(contentType);
    const shared = Object.entries(compressible ? withVary(sharedHeaders, 'accept-encoding') : sharedHeaders).flat();
    return {
      body: buffer,
      contentType,
      etag,
      lastModified: lastModifiedText,
      expiresAt: Date.now() + this.ttlMs,
      size: buffer.length + (compressible ? Math.ceil(buffer.length * GZIP_SHARE) : 0) + ENTRY_OVERHEAD,
      headers200: [...shared, ...validators, 'content-type', contentType, 'content-length', String(buffer.length)],
      headers304: [...shared, ...validators],
      compressible,
    };
  }

  /** Requests answered from the cache, and public pages rendered because it did not hold them (metrics). */
  hits = 0;
  misses = 0;

  /** The content version the entries were rendered under (set by watchContentVersion and followVersion). */
  version: string | undefined | null = null;

  clear(): void {
    this.entries.clear();
    this.fragments.clear();
    this.rendering.clear();
    this.held = 0;
    this.generation++;
  }

  private readonly fragments = new BoundedCache<string, Promise<unknown>>(FRAGMENT_ENTRIES);

  /**
   * A part of pages that many cached pages share and that depends on the content only (the
   * directory's map for a set of filters, whatever the page and sort): computed once, kept
   * until the content changes (cleared with the pages), a failure forgotten at once.
   */
  fragment<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.fragments.get(key, () => {
      const promise = compute();
      promise.catch(() => this.fragments.delete(key));
      return promise;
    }) as Promise<T>;
  }

  /** Empties the cache when the content version is not the one its entries were rendered under. */
  followVersion(version: string | undefined): void {
    if (version === this.version) return;
    this.clear();
    this.version = version;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Bytes counted for the entries held (see the bound above). */
  get bytes(): number {
    return this.held;
  }
}

/** Polls the content version and clears the cache when it moves. Returns a stop function. */
export function watchContentVersion(db: Db, cache: PageCache, onChange: () => void, intervalMs = 1000): () => void {
  // null until the first poll: a database that has no content version yet is `undefined`, and its first change must count.
  let last: string | undefined | null = null;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const version = await getMeta(db, 'content_version');
      if (last !== null && version !== last) {
        cache.clear();
        onChange();
      }
      last = version;
      cache.version = version;
    } catch {
      // A failed poll keeps the cache as it is; the TTL still bounds staleness.
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Adds a name to the `vary` header of a header record. */
function withVary(headers: Record<string, string>, name: string): Record<string, string> {
  const vary = headers.vary ? `${headers.vary}, ${name}` : name;
  return { ...headers, vary };
}

/** Whether an Accept-Encoding header accepts gzip: by name with a non-zero weight, or else through `*`. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name) weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const weight = weights.get('gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/** The gzipped copy of a compressible entry (made once), or undefined when the entry is sent as is. */
export function gzipped(entry: CachedPage): GzipVariant | undefined {
  if (!entry.compressible) return undefined;
  if (!entry.gzip) {
    // Copied out: zlib's result is a view of its 16 KB output chunk, which a 3 KB page would keep whole.
    const body = Buffer.from(zlib.gzipSync(entry.body, { level: GZIP_LEVEL }));
    // Beyond the room reserved for it, the copy is not worth its bytes: the body goes as it is.
    if (body.length > Math.ceil(entry.body.length * GZIP_SHARE)) {
      entry.compressible = false;
      return undefined;
    }
    const etag = `${entry.etag.slice(0, -1)}-gz"`;
    const swap = (headers: string[], extra: string[]) => {
      const out: string[] = [];
      for (let i = 0; i < headers.length; i += 2) {
        const name = headers[i]!;
        if (name === 'content-length') continue;
        out.push(name, name === 'etag' ? etag : headers[i + 1]!);
      }
      return [...out, ...extra];
    };
    entry.gzip = {
      body,
      etag,
      headers200: swap(entry.headers200, ['content-encoding', 'gzip', 'content-length', String(body.length)]),
      headers304: swap(entry.headers304, []),
    };
  }
  return entry.gzip;
}

/** What to send for an Accept-Encoding header: the gzipped copy when the client takes it and the entry has one, else the entry. */
export function variantFor(entry: CachedPage, acceptEncoding: string | undefined): CachedPage | GzipVariant {
  return (acceptsGzip(acceptEncoding) && gzipped(entry)) || entry;
}

/** Whether conditional request headers match the variant sent (then a 304 is due). */
export function isNotModified(
  ifNoneMatch: string | undefined,
  ifModifiedSince: string | undefined,
  etag: string,
  lastModified: string | undefined,
): boolean {
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag);
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(lastModified) <= since;
  }
  return false;
}

/** The headers of a variant that Fastify replies take from it: the others were set by the request's own handling. */
const REPLAYED = new Set(['etag', 'cache-control', 'last-modified', 'vary']);

/** Sends an entry with its validators through Fastify, or 304 when the client's copy is current. */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, entry: CachedPage): FastifyReply {
  const h = request.headers;
  const variant = variantFor(entry, h['accept-encoding']);
  for (let i = 0; i < variant.headers304.length; i += 2)
    if (REPLAYED.has(variant.headers304[i]!)) reply.header(variant.headers304[i]!, variant.headers304[i + 1]!);
  if (isNotModified(h['if-none-match'], h['if-modified-since'], variant.etag, entry.lastModified)) return reply.code(304).send();
  if (variant !== entry) reply.header('content-encoding', 'gzip');
  return reply.type(entry.contentType).send(variant.body);
}
