/**
 * The fast path, in front of the framework: a GET for a page held in the page cache is
 * answered straight from memory, with exactly the headers of the rendered response
 * (built once per entry). Everything else goes to Fastify.
 *
 * Why: the speed bar for public pages is a third of a static server's throughput; the
 * framework's per-request work (routing, hooks, header objects) costs about half of it.
 * Requests carrying a cookie always go through the application, so that signed-in users
 * get pages made for them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isNotModified, variantFor, type PageCache } from './page-cache.ts';

/** Reads the four request headers the fast path needs from rawHeaders (no header object built). */
function scanHeaders(raw: string[]): {
  cookie: boolean;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
  acceptEncoding: string | undefined;
} {
  let cookie = false;
  let ifNoneMatch: string | undefined;
  let ifModifiedSince: string | undefined;
  let acceptEncoding: string | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 6 && name.toLowerCase() === 'cookie') cookie = true;
    else if (name.length === 13 && name.toLowerCase() === 'if-none-match') ifNoneMatch = raw[i + 1];
    else if (name.length === 17 && name.toLowerCase() === 'if-modified-since') ifModifiedSince = raw[i + 1];
    else if (name.length === 15 && name.toLowerCase() === 'accept-encoding') acceptEncoding = raw[i + 1];
  }
  return { cookie, ifNoneMatch, ifModifiedSince, acceptEncoding };
}

/** Answers from the cache and returns true, or returns false to let the application answer. */
export function serveFromCache(cache: PageCache, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url) return false;
  const entry = cache.get(req.url);
  if (!entry) return false;
  const { cookie, ifNoneMatch, ifModifiedSince, acceptEncoding } = scanHeaders(req.rawHeaders);
  if (cookie) return false;
  cache.hits++;
  const variant = variantFor(entry, acceptEncoding);
  if (isNotModified(ifNoneMatch, ifModifiedSince, variant.etag, entry.lastModified)) {
    res.writeHead(304, variant.headers304);
    res.end();
  } else {
    res.writeHead(200, variant.headers200);
    res.end(variant.body);
  }
  return true;
}
