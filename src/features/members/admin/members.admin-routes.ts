/** Back-office routes of the members feature: edit a profile, preview, history, diff, moderation. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { h } from 'preact';
import type { Db } from '../../../db/database.ts';
import { escapeXml } from '../../../shared/text.ts';
import { getTerritoryObservatory, observatorySentence } from '../../observatory/observatory.public.ts';
import { AppError, InvalidInput, notFound } from '../../../errors.ts';
import { protectedRoute } from '../../../web/auth.ts';
import type { AppContext } from '../../../web/context.ts';
import { field } from '../../../web/forms.tsx';
import { CompareQuery, IdParams, MessageQuery, SlugParams } from '../../../web/route-schemas.ts';
import { frameOf, sendPrivatePage } from '../../../web/admin/frame.ts';
import { getNewsPage } from '../../news/news.public.ts';
import { newsModerationQueue } from '../../news/news.public.ts';
import { memberAccess } from '../members.access.ts';
import { diffProfiles } from './members.diff.ts';
import { formValuesOf, NEW_FIGURE_ROWS, ProfileEditPage, type EditStatus, type ProfileFormValues } from './members.admin-pages.tsx';
import {
  contentOf,
  MAX_FIGURES,
  moderationQueue,
  normalizeProfileInput,
  profiles,
  type ProfileContent,
  type ProfileInput,
} from './members.editing.ts';
import { ComparePage, HistoryPage, ModerationItemPage, ModerationQueuePage } from './members.admin-history-pages.tsx';
import { appliesTo, listIndicators, type Indicator } from '../../indicators/indicators.public.ts';
import { getProfile, profileWithContent } from '../members.service.ts';
import { presentProfile } from '../members.present.ts';
import { ProfilePage } from '../members.profile-page.tsx';
import { PROFILE_NEWS_PAGE_SIZE } from '../members.routes.ts';
import { findMemberById } from '../members.repository.ts';
import { workflow } from '../../revisions/revisions.public.ts';
import { deliverMail } from '../../mail/mail.public.ts';
import { snapshotProfile } from '../members.revisions.ts';
import type { MemberRow } from '../members.table.ts';

/** Reads the edit form (indexed field names, so that it works without JavaScript). */
export function readProfileForm(body: unknown): { input: ProfileInput; values: ProfileFormValues } {
  const count = Math.min(Number(field(body, 'section_count')) || 0, 60);
  const sections: ProfileInput['sections'] = [];
  for (let i = 0; i < count; i++) {
    sections.push({
      kind: field(body, `s${i}_kind`),
      heading: field(body, `s${i}_heading`),
      html: field(body, `s${i}_body`),
      position: Number(field(body, `s${i}_position`)) || i + 1,
      remove: field(body, `s${i}_remove`) === '1',
    });
  }
  const figureCount = Math.min(Number(field(body, 'figure_count')) || 0, MAX_FIGURES + NEW_FIGURE_ROWS);
  const figures: ProfileInput['figures'] = [];
  for (let i = 0; i < figureCount; i++) {
    figures.push({
      kind: field(body, `fig${i}_kind`),
      value: field(body, `fig${i}_value`),
      year: field(body, `fig${i}_year`),
      source: field(body, `fig${i}_source`),
      follows: field(body, `fig${i}_follows`),
      note: field(body, `fig${i}_note`),
      remove: field(body, `fig${i}_remove`) === '1',
    });
  }
  const input: ProfileInput = { website: field(body, 'website'), sections, figures };
  const values: ProfileFormValues = {
    website: input.website,
    // The empty "new section" block is not kept as a section of the form, nor blank figure rows.
    sections: sections.filter((s) => s.html.trim() !== '' || s.heading.trim() !== '' || s.remove),
    figures: figures.filter((f) => f.remove || [f.value, f.year, f.source, f.note].some((v) => v.trim() !== '')),
  };
  return { input, values };
}

/** Every indicator's label by code, for the diff of two versions. */
async function indicatorLabels(db: Db): Promise<Map<string, string>> {
  return new Map((await listIndicators(db)).map((i) => [i.code, i.label]));
}

/** The indicators a member's form offers: those asked of its kind of member. */
async function indicatorsFor(db: Db, member: MemberRow): Promise<Indicator[]> {
  return (await listIndicators(db)).filter((i) => appliesTo(i, member.kind));
}

/** What the profile form starts from: the open draft, else the waiting submission, else what is online. */
async function editableProfile(db: Db, member: MemberRow) {
  const { content, from, revision } = await workflow.editable(db, profiles, member);
  return { content: content ? contentOf(content) : contentOf(await snapshotProfile(db, member.id)), from, revision };
}

/** Where the form starts from and the last refusal, given what editableProfile read. */
async function editStatus(db: Db, member: MemberRow, editable?: Awaited<ReturnType<typeof editableProfile>>): Promise<EditStatus> {
  const { from, revision } = editable ?? (await workflow.editable(db, profiles, member));
  const rejection = await workflow.lastRejection(db, profiles, member);
  return { from, ...(revision ? { savedAt: revision.created_at, savedBy: revision.author } : {}), rejection };
}

/** The sentence of the observatory's figures for the member's territory, when an extract was imported (the editor quotes it). */
async function sireneSentence(db: Db, member: MemberRow): Promise<string | undefined> {
  const observatory = await getTerritoryObservatory(db, member.territory_kind, member.territory_code);
  if (!observatory) return undefined;
  return `${observatorySentence(observatory)}${observatory.synthetic ? ' (Chiffres de démonstration, calculés sur des fichiers synthétiques.)' : ''}`;
}

/** The profile input with the sentence added at the end of its first panorama section (a new one when there is none). */
function withQuote(input: ProfileInput, sentence: string): ProfileInput {
  const paragraph = `<p>${escapeXml(sentence)}</p>`;
  const sections = [...input.sections];
  const i = sections.findIndex((s) => s.kind === 'panorama' && !s.remove && s.html.trim() !== '');
  if (i >= 0) sections[i] = { ...sections[i]!, html: `${sections[i]!.html}\n${paragraph}` };
  else sections.push({ kind: 'panorama', heading: '', html: paragraph, position: 1, remove: false });
  return { ...input, sections };
}

const NOTICES: Record<string, string> = {
  sirene:
    'Les chiffres du répertoire SIRENE ont été ajoutés à la fin du panorama et le brouillon enregistré : relisez-le avant de publier.',
  brouillon: 'Brouillon enregistré. Il n’est visible que dans l’espace adhérents.',
  soumis: 'Modification soumise : l’équipe du réseau va la relire. La version actuelle reste en ligne d’ici là.',
  publie: 'Modification publiée : la page publique est à jour.',
  inchange: 'Aucune modification : le contenu est celui qui est en ligne, aucune version n’a été créée.',
  restaure: 'Version restaurée et publiée.',
  valide: 'Modification validée et publiée.',
  refuse: 'Modification refusée ; le rédacteur verra votre commentaire.',
};

export function registerMemberAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const edit = memberAccess(db, 'member.edit');
  const admin = { permission: 'network.admin' } as const;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/profil',
    access: edit,
    schema: { params: SlugParams, querystring: MessageQuery },
    handler: async ({ request, reply, member, query }) => {
      const editable = await editableProfile(db, member);
      const notice = NOTICES[query.message ?? ''];
      return sendPrivatePage(
        reply,
        h(ProfileEditPage, {
          frame: await frameOf(ctx, request, reply),
          member,
          values: formValuesOf(editable.content),
          indicators: await indicatorsFor(db, member),
          status: await editStatus(db, member, editable),
          sirene: await sireneSentence(db, member),
          ...(notice ? { notice } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/profil',
    access: edit,
    schema: { params: SlugParams },
    handler: async ({ request, reply, actor, member, body }) => {
      const { input: typed, values } = readProfileForm(body);
      const action = field(body, 'action') || 'save';
      // "Citer ces chiffres": the sentence is computed here, never taken from the form.
      const sentence = action === 'quote-sirene' ? await sireneSentence(db, member) : undefined;
      const input = sentence ? withQuote(typed, sentence) : typed;
      try {
        const content = normalizeProfileInput(input, { indicators: await indicatorsFor(db, member), memberKind: member.kind });
        const base = `/admin/adherents/${member.slug}`;
        if (action === 'quote-sirene') {
          await db.transaction().execute((trx) => workflow.saveDraft(trx, profiles, actor, member, content));
          return reply.redirect(`${base}/profil?message=${sentence ? 'sirene' : 'inchange'}#panorama`, 303);
        }
        if (action === 'submit') {
          const result = await db
            .transaction()
            .execute((trx) => workflow.submit(trx, profiles, actor, member, content, { publicUrl: ctx.config.publicUrl }));
          await deliverMail(db, ctx.config, result.mail, request.log);
          const message = { published: 'publie', submitted: 'soumis', unchanged: 'inchange' }[result.state];
          return reply.redirect(`${base}/profil?message=${message}`, 303);
        }
        const draft = await db.transaction().execute((trx) => workflow.saveDraft(trx, profiles, actor, member, content));
        return reply.redirect(action === 'preview' ? `${base}/apercu` : `${base}/profil?message=${draft ? 'brouillon' : 'inchange'}`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return sendPrivatePage(
          reply,
          h(ProfileEditPage, {
            frame: await frameOf(ctx, request, reply),
            member,
            values,
            indicators: await indicatorsFor(db, member),
            status: await editStatus(db, member),
            problems: error.problems,
          }),
          400,
        );
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/apercu',
    access: edit,
    schema: { params: SlugParams },
    handler: async ({ reply, member }) => {
      const { content, from } = await editableProfile(db, member);
      return previewPage(
        reply,
        member,
        content,
        `/admin/adherents/${member.slug}/profil`,
        from === 'published' ? 'version en ligne' : from === 'draft' ? 'brouillon' : 'modification en attente',
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/historique',
    access: edit,
    schema: { params: SlugParams, querystring: MessageQuery },
    handler: async ({ request, reply, member, query }) => {
      await workflow.latestPublished(db, profiles, member);
      const notice = NOTICES[query.message ?? ''];
      return sendPrivatePage(
        reply,
        h(HistoryPage, {
          frame: await frameOf(ctx, request, reply),
          member,
          rows: await workflow.history(db, profiles, member),
          ...(notice ? { notice } : {}),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/historique/comparer',
    access: edit,
    schema: { params: SlugParams, querystring: CompareQuery },
    handler: async ({ request, reply, member, query }) => {
      const [from, to] = await Promise.all([
        workflow.findVersion(db, profiles, Number(query.de)),
        workflow.findVersion(db, profiles, Number(query.a)),
      ]);
      if (!from || !to || from.subject_id !== member.id || to.subject_id !== member.id) {
        throw new AppError('bad_request', 'Choisissez deux versions de ce profil dans l’historique pour les comparer.');
      }
      const [older, newer] = from.id <= to.id ? [from, to] : [to, from];
      return sendPrivatePage(
        reply,
        h(ComparePage, {
          frame: await frameOf(ctx, request, reply),
          member,
          from: older.id,
          to: newer.id,
          diff: diffProfiles(contentOf(older.snapshot), contentOf(newer.snapshot), await indicatorLabels(db)),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/historique/restaurer',
    access: memberAccess(db, 'network.admin'),
    schema: { params: SlugParams },
    handler: async ({ reply, actor, member, body }) => {
      const revision = await workflow.findVersion(db, profiles, Number(field(body, 'version')));
      if (!revision || revision.subject_id !== member.id) throw new AppError('bad_request', 'Choisissez une version de ce profil.');
      await db.transaction().execute((trx) => workflow.restore(trx, profiles, actor, revision.id, { publicUrl: ctx.config.publicUrl }));
      return reply.redirect(`/admin/adherents/${member.slug}/historique?message=restaure`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/moderation',
    access: admin,
    schema: { querystring: MessageQuery },
    handler: async ({ request, reply, query }) => {
      const notice = NOTICES[query.message ?? ''];
      return sendPrivatePage(
        reply,
        h(ModerationQueuePage, {
          frame: await frameOf(ctx, request, reply),
          rows: await moderationQueue(db),
          news: await newsModerationQueue(db),
          ...(notice ? { notice } : {}),
        }),
      );
    },
  });

  const submitted = async (id: string) => {
    const revision = await workflow.findVersion(db, profiles, Number(id));
    if (!revision || !/^\d+$/.test(id)) throw notFound('Cette modification n’existe pas.');
    if (revision.state !== 'submitted')
      throw new AppError('conflict', 'Cette modification n’est plus en attente : elle a déjà été validée, refusée ou remplacée.');
    const member = (await findMemberById(db, revision.subject_id))!;
    return { revision, member };
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/moderation/:id',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, params }) => {
      const { revision, member } = await submitted(params.id);
      const live = contentOf(await snapshotProfile(db, member.id));
      return sendPrivatePage(
        reply,
        h(ModerationItemPage, {
          frame: await frameOf(ctx, request, reply),
          member,
          revisionId: revision.id,
          author: revision.author,
          submittedAt: revision.created_at,
          diff: diffProfiles(live, contentOf(revision.snapshot), await indicatorLabels(db)),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/moderation/:id/apercu',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ reply, params }) => {
      const { revision, member } = await submitted(params.id);
      return previewPage(
        reply,
        member,
        contentOf(revision.snapshot),
        `/admin/moderation/${revision.id}`,
        'modification en attente de validation',
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/moderation/:id',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, params, body }) => {
      const { revision, member } = await submitted(params.id);
      const decision = field(body, 'decision');
      const comment = field(body, 'comment');
      try {
        const mail = await workflow.decide(db, profiles, actor, revision.id, decision, comment, { publicUrl: ctx.config.publicUrl });
        await deliverMail(db, ctx.config, mail, request.log);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const live = contentOf(await snapshotProfile(db, member.id));
        return sendPrivatePage(
          reply,
          h(ModerationItemPage, {
            frame: await frameOf(ctx, request, reply),
            member,
            revisionId: revision.id,
            author: revision.author,
            submittedAt: revision.created_at,
            diff: diffProfiles(live, contentOf(revision.snapshot), await indicatorLabels(db)),
            problems: error.problems,
            comment,
          }),
          400,
        );
      }
      return reply.redirect(`/admin/moderation?message=${decision === 'approve' ? 'valide' : 'refuse'}`, 303);
    },
  });

  async function previewPage(reply: FastifyReply, member: MemberRow, content: ProfileContent, backHref: string, label: string) {
    const profile = await getProfile(db, member.slug);
    if (!profile) throw notFound();
    const news = await getNewsPage(db, { page: 1, pageSize: PROFILE_NEWS_PAGE_SIZE, memberId: member.id });
    const view = presentProfile(await profileWithContent(db, profile, content, new Date().toISOString()));
    return sendPrivatePage(reply, h(ProfilePage, { profile: view, news, demo: ctx.site.demo, preview: { backHref, label } }));
  }
}
