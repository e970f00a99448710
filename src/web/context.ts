/** What every route module receives: configuration, database, page cache and live site state. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { PageCache, sendCachedPage, type CachedPage } from './page-cache.ts';
import type { RouteEntry, SessionResolver } from './auth.ts';
import type { Actor } from '../shared/access.ts';
import { renderDocument } from './render.ts';

export interface SiteState {
  /** The database holds demo content: pages show the demo notice. */
  demo: boolean;
}

export interface AppContext {
  config: Readonly<Config>;
  database: Database;
  cache: PageCache;
  site: SiteState;
  /** Every back-office and form route with its access rule (walked by the route × role matrix test). */
  routes: RouteEntry[];
  /** Reads the session of a request (given by the composition root). */
  sessions: SessionResolver;
}

export interface Rendered {
  /** A page (rendered to a document) or a ready body (feeds, sitemap). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page component of any props
  page?: VNode<any>;
  body?: string;
  contentType?: string;
  /** The latest content date shown on the page: becomes Last-Modified. */
  lastModified?: Date | undefined;
}

/** The query-string values a page reads, as it parsed them (undefined: absent). */
export type PageReads = Record<string, string | number | undefined>;

/** A page number as read for the cache key: page 1 is the page with no number. */
export const pageRead = (page: number | undefined) => (page && page > 1 ? page : undefined);

/** Characters that path segments hold as they are (RFC 3986 sub-delimiters, ':' and '@'). */
const PATH_SAFE = /%(?:21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40)/g;

/**
 * The page-cache key of a request: its path, in one canonical percent-encoding, and the query
 * values the page reads, in the order the page gives them. Anything else in the query string
 * (tracking tags, junk) does not change the page, so it never makes an entry of its own, and
 * `?page=02` finds the entry of `?page=2`. A canonical URL is its own key, so that the fast path
 * (src/web/fast-path.ts), which looks up the raw URL, finds it.
 */
export function pageKey(url: string, reads: PageReads = {}): string {
  const end = url.indexOf('?');
  const path = (end === -1 ? url : url.slice(0, end))
    .split('/')
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment)).replace(PATH_SAFE, decodeURIComponent);
      } catch {
        return segment;
      }
    })
    .join('/');
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(reads)) if (value !== undefined) params.append(name, String(value));
  // As browsers send forms (spaces as +), with the commas of list values (`membres=a,b`) kept.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `${path}?${query}` : path;
}

/**
 * Serves a public, cacheable response: from the page cache when present, otherwise
 * rendered once, stored with its ETag and Last-Modified (unless `store: false`), and sent.
 * A page that reads the query string passes what it read as `reads`: the cache key is made of
 * those values only (see pageKey), so a page that passes none is one entry whatever the query.
 * A page whose content depends on who reads it passes `viewer: request.actor`: for a signed-in
 * viewer it is rendered for them alone, never read from nor written to the shared cache, and sent
 * `private, no-store`; visitors (viewer null) keep the cached page. Both carry `Vary: Cookie`, so
 * that a shared cache in front (a CDN) never gives a visitor's copy to a signed-in person.
 */
export async function servePublic(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<Rendered>,
  options: { store?: boolean; viewer?: Actor | null; reads?: PageReads } = {},
): Promise<FastifyReply> {
  if ('viewer' in options) reply.header('vary', 'cookie');
  if (options.viewer) {
    const result = await render();
    const body = result.page ? renderDocument(result.page) : (result.body ?? '');
    return reply
      .header('cache-control', 'private, no-store')
      .type(result.contentType ?? 'text/html; charset=utf-8')
      .send(body);
  }
  const key = pageKey(request.url, options.reads);
  const cache = ctx.cache;
  const make = async (): Promise<CachedPage> => {
    const generation = cache.generation;
    // Read before anything is sent: a page rendered again behind an expired copy must not take the
    // headers that copy was sent with (its Vary, its Content-Encoding).
    const shared = sharedHeaders(reply);
    const result = await render();
    const body = result.page ? renderDocument(result.page) : (result.body ?? '');
    const args = [body, result.contentType ?? 'text/html; charset=utf-8', result.lastModified, shared] as const;
    // Content that changed while the page rendered (the cache was cleared meanwhile) must not be kept.
    return options.store === false || generation !== cache.generation ? cache.entry(...args) : cache.set(key, ...args);
  };
  let entry = cache.get(key);
  if (entry) cache.hits++;
  else {
    const stale = options.store === false ? undefined : cache.getExpired(key);
    if (stale) {
      // Past its minute: sent once more while one request renders it again, so that visitors
      // arriving together neither wait nor all render it (on PostgreSQL, 32 renders at once
      // queue for the pool for hundreds of milliseconds).
      cache.hits++;
      entry = stale;
      void cache.once(key, make).catch((error: unknown) => {
        cache.delete(key);
        request.log.warn({ err: error, key }, 'page refresh failed; the page will be rendered on the next request');
      });
    } else {
      cache.misses++;
      // Requests for a page being rendered wait for that rendering instead of starting their own.
      entry = await cache.once(key, make);
    }
  }
  return sendCachedPage(request, reply, entry);
}

/** Headers already set on the reply by plugins (security headers), which cached copies must repeat. */
function sharedHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (
      typeof value === 'string' &&
      !['content-type', 'content-length', 'etag', 'last-modified', 'cache-control', 'x-request-id'].includes(name)
    )
      headers[name] = value;
  }
  return headers;
}

/** The later of several ISO dates, as a Date (for Last-Modified). */
export function latestDate(...isoDates: (string | null | undefined)[]): Date | undefined {
  const dates = isoDates.filter((d): d is string => Boolean(d)).sort();
  return dates.length ? new Date(dates.at(-1)!) : undefined;
}
