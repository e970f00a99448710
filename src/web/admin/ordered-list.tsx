/**
 * A back-office page and its routes for a short, ordered list of named things the network keeps
 * (themes, resource types): each item editable in place, moved up or down, deleted when unused, and
 * a form to add one. The feature brings its own service (checks, audit); this file brings the page,
 * the five routes and the French round trip of a refused form.
 *
 *   GET  {base}                 the page          POST {base}/:id            rename (and describe)
 *   POST {base}                 add               POST {base}/:id/deplacer   up or down
 *                                                 POST {base}/:id/supprimer  delete
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../db/database.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../auth.ts';
import { IdParams } from '../route-schemas.ts';
import type { AppContext } from '../context.ts';
import { CsrfField, ErrorSummary, Notice, field, noticeOf } from '../forms.tsx';
import type { Actor } from '../../shared/access.ts';
import { frameOf, sendPrivatePage } from './frame.ts';
import { AdminLayout, type AdminFrame, type AdminSection } from './layout.tsx';

export interface OrderedItem {
  id: number;
  name: string;
  description?: string;
  /** A line under the item: its address, how many things use it. */
  meta: string;
  /** False while something uses the item: no delete button (the service refuses it anyway). */
  removable: boolean;
}

export interface OrderedInput {
  name: string;
  description: string;
}

export interface OrderedListSpec {
  /** `/admin/thematiques` */
  base: string;
  section: AdminSection;
  title: string;
  intro: string;
  addHeading: string;
  /** Whether items have a description besides their name. */
  described: boolean;
  /** "Cette thématique n’existe pas." */
  unknown: string;
  notices: { added: string; changed: string; moved: string; deleted: string };
  list(db: Db): Promise<OrderedItem[]>;
  create(db: Db, actor: Actor, input: OrderedInput): Promise<unknown>;
  change(db: Db, actor: Actor, id: number, input: OrderedInput): Promise<unknown>;
  move(db: Db, actor: Actor, id: number, direction: 'up' | 'down'): Promise<unknown>;
  /** Throws an `AppError('conflict')` with the reason when the item is in use. */
  remove(db: Db, actor: Actor, id: number): Promise<unknown>;
}

const MESSAGES = { added: 'ajout', changed: 'modification', moved: 'ordre', deleted: 'suppression' } as const;

export function registerOrderedListRoutes(app: FastifyInstance, ctx: AppContext, spec: OrderedListSpec): void {
  const { db } = ctx.database;
  const access = { permission: 'network.admin' } as const;
  const notices = Object.fromEntries(
    Object.entries(MESSAGES).map(([key, message]) => [message, spec.notices[key as keyof typeof MESSAGES]]),
  );

  const itemId = (id: string): number => {
    if (!/^\d{1,9}$/.test(id)) throw notFound(spec.unknown);
    return Number(id);
  };
  const input = (body: unknown): OrderedInput => ({ name: field(body, 'name'), description: field(body, 'description') });

  const page = async (request: FastifyRequest, reply: FastifyReply, extra: Partial<OrderedListPageProps> = {}, status = 200) => {
    const notice = noticeOf(request, notices);
    return sendPrivatePage(
      reply,
      h(OrderedListPage, {
        frame: await frameOf(ctx, request, reply),
        spec,
        items: await spec.list(db),
        ...(notice ? { notice } : {}),
        ...extra,
      }),
      status,
    );
  };

  /** Runs a change; a refused one shows the page again with its problems and what was typed. */
  const change = async (
    request: FastifyRequest,
    reply: FastifyReply,
    run: (trx: Db) => Promise<unknown>,
    done: keyof typeof MESSAGES,
    typedId: number | null,
  ) => {
    try {
      await db.transaction().execute(run);
    } catch (error) {
      const typed = typedId === null ? {} : { typed: { id: typedId, ...input(request.body) } };
      if (error instanceof InvalidInput) return page(request, reply, { problems: error.problems, ...typed }, 400);
      if (error instanceof AppError && error.code === 'conflict') return page(request, reply, { problems: [error.message] }, 409);
      throw error;
    }
    return reply.redirect(`${spec.base}?message=${MESSAGES[done]}`, 303);
  };

  protectedRoute(app, ctx, { method: 'GET', url: spec.base, access, handler: ({ request, reply }) => page(request, reply) });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: spec.base,
    access,
    handler: ({ request, reply, actor, body }) => change(request, reply, (trx) => spec.create(trx, actor, input(body)), 'added', 0),
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${spec.base}/:id`,
    access,
    schema: { params: IdParams },
    handler: ({ request, reply, actor, body, params }) => {
      const id = itemId(params.id);
      return change(request, reply, (trx) => spec.change(trx, actor, id, input(body)), 'changed', id);
    },
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${spec.base}/:id/deplacer`,
    access,
    schema: { params: IdParams },
    handler: ({ request, reply, actor, body, params }) => {
      const id = itemId(params.id);
      return change(request, reply, (trx) => spec.move(trx, actor, id, field(body, 'direction') === 'up' ? 'up' : 'down'), 'moved', null);
    },
  });
  protectedRoute(app, ctx, {
    method: 'POST',
    url: `${spec.base}/:id/supprimer`,
    access,
    schema: { params: IdParams },
    handler: ({ request, reply, actor, params }) => {
      const id = itemId(params.id);
      return change(request, reply, (trx) => spec.remove(trx, actor, id), 'deleted', null);
    },
  });
}

export interface OrderedListPageProps {
  frame: AdminFrame;
  spec: Pick<OrderedListSpec, 'base' | 'section' | 'title' | 'intro' | 'addHeading' | 'described'>;
  items: OrderedItem[];
  notice?: string;
  problems?: string[];
  /** What was typed in a refused form: the new item (id 0) or an existing one. */
  typed?: { id: number; name: string; description: string };
}

export function OrderedListPage(props: OrderedListPageProps) {
  const { frame, spec, items, typed } = props;
  const valueOf = (id: number, key: 'name' | 'description', fallback: string) => (typed && typed.id === id ? typed[key] : fallback);
  return (
    <AdminLayout frame={frame} title={spec.title} current={spec.section}>
      <h1>{spec.title}</h1>
      <p class="hint">{spec.intro}</p>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary problems={props.problems ?? []} title="La modification n’a pas pu être enregistrée" />
      <ol class="theme-list">
        {items.map((item, i) => (
          <li class="theme-item">
            <form method="post" action={`${spec.base}/${item.id}`} class="form theme-form">
              <CsrfField token={frame.csrf} />
              <div class="field-row">
                <div class="field">
                  <label for={`name-${item.id}`}>Nom</label>
                  <input
                    id={`name-${item.id}`}
                    name="name"
                    type="text"
                    required
                    maxLength={80}
                    value={valueOf(item.id, 'name', item.name)}
                  />
                </div>
                {spec.described && (
                  <div class="field">
                    <label for={`description-${item.id}`}>Description</label>
                    <input
                      id={`description-${item.id}`}
                      name="description"
                      type="text"
                      maxLength={500}
                      value={valueOf(item.id, 'description', item.description ?? '')}
                    />
                  </div>
                )}
              </div>
              <p class="muted theme-meta">{item.meta}</p>
              <button type="submit" class="button button-small button-secondary">
                Enregistrer<span class="visually-hidden"> « {item.name} »</span>
              </button>
            </form>
            <div class="theme-actions">
              {i > 0 && <MoveButton frame={frame} base={spec.base} item={item} direction="up" />}
              {i < items.length - 1 && <MoveButton frame={frame} base={spec.base} item={item} direction="down" />}
              {item.removable ? (
                <form method="post" action={`${spec.base}/${item.id}/supprimer`} class="inline-form">
                  <CsrfField token={frame.csrf} />
                  <button type="submit" class="button button-small button-danger">
                    Supprimer<span class="visually-hidden"> « {item.name} »</span>
                  </button>
                </form>
              ) : (
                <span class="muted">En usage : suppression impossible.</span>
              )}
            </div>
          </li>
        ))}
      </ol>
      <section aria-labelledby="ajouter">
        <h2 id="ajouter">{spec.addHeading}</h2>
        <form method="post" action={spec.base} class="form">
          <CsrfField token={frame.csrf} />
          <div class="field">
            <label for="name-new">Nom</label>
            <input id="name-new" name="name" type="text" required maxLength={80} value={valueOf(0, 'name', '')} />
          </div>
          {spec.described && (
            <div class="field">
              <label for="description-new">Description (facultative)</label>
              <input id="description-new" name="description" type="text" maxLength={500} value={valueOf(0, 'description', '')} />
            </div>
          )}
          <button type="submit" class="button">
            Ajouter
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}

function MoveButton(props: { frame: AdminFrame; base: string; item: OrderedItem; direction: 'up' | 'down' }) {
  return (
    <form method="post" action={`${props.base}/${props.item.id}/deplacer`} class="inline-form">
      <CsrfField token={props.frame.csrf} />
      <input type="hidden" name="direction" value={props.direction} />
      <button type="submit" class="button button-small button-secondary">
        {props.direction === 'up' ? 'Monter' : 'Descendre'}
        <span class="visually-hidden"> « {props.item.name} »</span>
      </button>
    </form>
  );
}
