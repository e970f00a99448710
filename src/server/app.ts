/**
 * Server assembly: plugins (security headers, static files, OpenAPI), error handlers,
 * then each feature's routes. `buildApp` opens no port, so tests drive it with `inject`.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { getMeta } from '../db/meta.repository.ts';
import { STATIC_DIR } from '../web/assets.ts';
import { installAuth } from '../web/auth.ts';
import type { AppContext } from '../web/context.ts';
import { registerHealth, registerMetrics } from './ops.ts';
import { registerRoutes } from './routes.ts';
import { installErrorHandlers } from '../web/error-handler.ts';
import { serveFromCache } from '../web/fast-path.ts';
import { PageCache, watchContentVersion } from '../web/page-cache.ts';
import { applySiteSettings, SITE } from '../web/site.ts';
import { resolveSession, SESSION_MAX_DAYS } from '../features/accounts/accounts.service.ts';
import { loadSiteSettings } from '../features/settings/settings.service.ts';

export interface BuildOptions {
  /** Logger on or off [on, at the configured level]. */
  logger?: boolean;
  /** How often the content version is polled, in ms [1000]. */
  versionPollMs?: number;
}

/** Builds the Fastify application on an open, migrated database. */
export async function buildApp(config: Readonly<Config>, database: Database, options: BuildOptions = {}): Promise<FastifyInstance> {
  const cache = new PageCache({ maxBytes: config.pageCacheBytes });
  const app = Fastify({
    // Cached public pages are answered before the framework (see serveFromCache).
    serverFactory: (handler) =>
      http.createServer((req, res) => {
        if (!serveFromCache(cache, req, res)) handler(req, res);
      }),
    logger: options.logger === false ? false : { level: config.logLevel },
    // X-Forwarded-For is believed only from the configured proxies (TRUSTED_PROXIES), never from anyone.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // Request ids in every log line and in X-Request-Id: the proxy's (nginx $request_id) when it sends a sane one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: true, useDefaults: true, allErrors: false } },
  });

  app.decorate('pageCache', cache);
  const sessions = { resolve: (token: string) => resolveSession(database.db, token), maxDays: SESSION_MAX_DAYS };
  const ctx: AppContext = { config, database, cache, site: { demo: false }, routes: [], sessions };
  const refreshSiteState = async () => {
    ctx.site.demo = (await getMeta(database.db, 'demo_loaded')) === '1';
    applySiteSettings(await loadSiteSettings(database.db));
  };
  await refreshSiteState();
  // Pages rendered while the settings reload would keep the old ones: drop them again once loaded.
  const onContentChange = () =>
    void refreshSiteState().then(
      () => ctx.cache.clear(),
      (error: unknown) => app.log.error({ err: error }, 'reloading the site state failed'),
    );
  const stopWatch = watchContentVersion(database.db, ctx.cache, onContentChange, options.versionPollMs);
  app.addHook('onClose', async () => stopWatch());

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', maxAge: '365d', immutable: true });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: `${SITE.shortName} — API`,
        version: '1.0.0',
        description: 'Read API of the network: members, their ESS profiles, news. Public, paginated, JSON.',
      },
      servers: [{ url: config.publicUrl }],
      tags: [
        { name: 'members', description: 'Member authorities and their profiles' },
        { name: 'news', description: 'News ("actualités")' },
        { name: 'resources', description: 'Public resources of the resource centre (guides, legal notes, studies…)' },
        { name: 'search', description: 'French full-text search' },
      ],
    },
    hideUntagged: true,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandlers(app, ctx);
  await installAuth(app, ctx);
  registerHealth(app, ctx);
  if (config.metricsToken) registerMetrics(app, ctx, config.metricsToken);
  registerRoutes(app, ctx);
  // The title follows the site settings (the document is generated once, at start).
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => {
    const spec = app.swagger();
    return { ...spec, info: { ...spec.info, title: `${SITE.shortName} — API` } };
  });

  await app.ready();
  return app;
}
