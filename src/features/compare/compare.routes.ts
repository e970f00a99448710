/**
 * Comparison pages: `/comparer?membres=a,b,c` and its CSV `/comparer.csv?membres=…`.
 * A valid comparison is a cached public page; a bad one answers 400 with the page, its
 * message and the form, never cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { AppError } from '../../errors.ts';
import { latestDate, pageKey, servePublic, type AppContext } from '../../web/context.ts';
import type { Query } from '../../web/query.ts';
import { renderDocument } from '../../web/render.ts';
import { getDirectory } from '../members/members.public.ts';
import { comparisonCsv } from './compare.csv.ts';
import { ComparePage } from './compare.page.tsx';
import { selectionQuery } from '../../shared/links.ts';
import { getComparison, parseMemberSlugs, parseYear, type Comparison } from './compare.service.ts';

/** The form offers every active member; the directory's order (by name) is kept. */
const CHOICES_LIMIT = 5000;

export function registerComparePages(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;

  const choices = async () =>
    (await getDirectory(db, { status: 'active' }, 'name', 1, CHOICES_LIMIT)).rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      kind: r.kind,
    }));

  /** The form sends `membres=a&membres=b`: redirects to the shareable `membres=a,b`. */
  const canonicalRedirect = (request: FastifyRequest, reply: FastifyReply, path: string) => {
    const raw = (request.query as Query).membres;
    if (!Array.isArray(raw)) return undefined;
    return reply.redirect(`${path}?${selectionQuery(parseMemberSlugs(raw))}`, 303);
  };

  app.get('/comparer', async (request, reply) => {
    const redirected = canonicalRedirect(request, reply, '/comparer');
    if (redirected) return redirected;
    const selected = parseMemberSlugs((request.query as Query).membres);
    const year = parseYear((request.query as Query).annee);
    const reads = { membres: selected.join(',') || undefined, annee: year === null ? undefined : String(year) };
    let comparison: Comparison | undefined;
    const compare = async () => (comparison ??= await getComparison(db, selected, year));
    // A cached page was valid: only a miss needs checking before it is rendered.
    if (!ctx.cache.get(pageKey(request.url, reads))) {
      const checked = await compare();
      if (!checked.ok) {
        const page = h(ComparePage, {
          view: null,
          selected,
          error: checked.message,
          choices: await choices(),
          demo: ctx.site.demo,
        });
        return reply.code(400).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(renderDocument(page));
      }
    }
    return servePublic(
      ctx,
      request,
      reply,
      async () => {
        const checked = await compare();
        if (!checked.ok) throw new AppError('bad_request', checked.message);
        const { view } = checked;
        return {
          page: h(ComparePage, { view, selected, error: null, choices: await choices(), demo: ctx.site.demo }),
          lastModified: latestDate(...view.members.map((m) => m.updatedAt)),
        };
      },
      { reads },
    );
  });

  app.get('/comparer.csv', async (request, reply) => {
    const redirected = canonicalRedirect(request, reply, '/comparer.csv');
    if (redirected) return redirected;
    const selected = parseMemberSlugs((request.query as Query).membres);
    if (selected.length === 0)
      throw new AppError(
        'bad_request',
        'membres : indiquez au moins un adhérent, par exemple /comparer.csv?membres=grand-poitiers,region-bretagne.',
      );
    const year = parseYear((request.query as Query).annee);
    const comparison = await getComparison(db, selected, year);
    if (!comparison.ok) throw new AppError('bad_request', `membres : ${comparison.message}`);
    const { view } = comparison;
    reply.header('content-disposition', 'attachment; filename="comparaison-adherents.csv"');
    return servePublic(
      ctx,
      request,
      reply,
      async () => ({
        body: comparisonCsv(view, ctx.config.publicUrl),
        contentType: 'text/csv; charset=utf-8',
        lastModified: latestDate(...view.members.map((m) => m.updatedAt)),
      }),
      { reads: { membres: selected.join(','), annee: year === null ? undefined : String(year) } },
    );
  });
}
