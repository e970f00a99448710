/**
 * Back-office routes of the members' responses: a member's questionnaire under
 * /admin/adherents/:slug/campagnes/:id (its editors, and admins answering for it), and the
 * network's review under /admin/campagnes/:id/reponses/:slug (validate, send back, history).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { Type } from 'typebox';
import { InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field, fields, noticeOf } from '../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { deliverMail } from '../mail/mail.public.ts';
import { findMemberBySlug, memberAccess, type MemberRow } from '../members/members.public.ts';
import {
  answerLog,
  editableResponse,
  findResponseOf,
  returnResponse,
  saveResponse,
  validateResponse,
  type ResponseRow,
} from './campaigns.editing.ts';
import { ResponseFormPage } from './campaigns.form-page.tsx';
import { rawOf, type Question, type RawAnswer } from './campaigns.questions.ts';
import { ResponseReviewPage } from './campaigns.review-page.tsx';
import { listQuestions } from './campaigns.service.ts';
import { responseAnswers, responseStates } from './campaigns.responses.ts';

const ResponseParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), slug: Type.String() });

const NOTICES = {
  validee: 'Réponse validée : ses chiffres sont inscrits au profil de l’adhérent.',
  renvoyee: 'Réponse renvoyée à l’adhérent avec votre commentaire.',
  brouillon: 'Brouillon enregistré.',
  envoyee: 'Réponse envoyée au réseau, qui va la relire. Merci !',
  'validee-directement': 'Réponse enregistrée et validée.',
  inchangee: 'Aucune modification : rien n’a été enregistré.',
};

/** The answers as typed, question by question. */
export function readAnswers(body: unknown, questions: Question[]): Record<string, RawAnswer> {
  const raw: Record<string, RawAnswer> = {};
  for (const q of questions) {
    const name = `q${q.id}`;
    raw[q.id] = {
      value: q.kind === 'multiple_choice' ? fields(body, name) : field(body, name),
      follows: field(body, `${name}_follows`),
      note: field(body, `${name}_note`),
      source: field(body, `${name}_source`),
    };
  }
  return raw;
}

export function registerCampaignResponseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const edit = memberAccess(db, 'member.edit');
  const publicUrl = ctx.config.publicUrl;
  const indicatorMap = async () => new Map((await listIndicators(db)).map((i) => [i.code, i]));

  /** The member's response to an opened campaign, or a 404. */
  const responseOf = async (campaignId: number, member: MemberRow | undefined): Promise<ResponseRow> => {
    const response = member && (await findResponseOf(db, campaignId, member));
    if (!response || response.campaign.state === 'draft') throw notFound('Cette campagne ne concerne pas cet adhérent.');
    return response;
  };

  // --- the network's review ---------------------------------------------------------------------------

  const reviewPage = async (request: FastifyRequest, reply: FastifyReply, response: ResponseRow, problems?: string[]) => {
    const [questions, [state], answers, log, indicators] = await Promise.all([
      listQuestions(db, response.campaign.id),
      responseStates(db, response.campaign.id, response.id),
      responseAnswers(db, response.id),
      answerLog(db, response),
      indicatorMap(),
    ]);
    const notice = noticeOf(request, NOTICES);
    return sendPrivatePage(
      reply,
      h(ResponseReviewPage, {
        frame: await frameOf(ctx, request, reply),
        campaign: response.campaign,
        member: response.member,
        questions,
        indicators,
        state: state!,
        answers: answers.latest,
        log,
        ...(notice ? { notice } : {}),
        ...(problems ? { problems } : {}),
      }),
      problems ? 400 : 200,
    );
  };
  const reviewPath = (r: ResponseRow, message: string) => `/admin/campagnes/${r.campaign.id}/reponses/${r.member.slug}?message=${message}`;

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/reponses/:slug',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, params }) =>
      reviewPage(request, reply, await responseOf(Number(params.id), await findMemberBySlug(db, params.slug))),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/reponses/:slug/valider',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, actor, params }) => {
      const response = await responseOf(Number(params.id), await findMemberBySlug(db, params.slug));
      const mail = await db.transaction().execute((trx) => validateResponse(trx, actor, response, { publicUrl }));
      await deliverMail(db, ctx.config, mail, request.log);
      return reply.redirect(reviewPath(response, 'validee'), 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/reponses/:slug/renvoyer',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const response = await responseOf(Number(params.id), await findMemberBySlug(db, params.slug));
      try {
        const mail = await db.transaction().execute((trx) => returnResponse(trx, actor, response, field(body, 'comment'), { publicUrl }));
        await deliverMail(db, ctx.config, mail, request.log);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return reviewPage(request, reply, response, error.problems);
      }
      return reply.redirect(reviewPath(response, 'renvoyee'), 303);
    },
  });

  // --- the member's questionnaire -----------------------------------------------------------------------

  /** The questionnaire, from what is saved (or the prefill), or as typed when refused. */
  const formPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    response: ResponseRow,
    refused: { typed: Record<string, RawAnswer>; problems: string[] } | null = null,
  ) => {
    const [questions, [state], indicators, editable] = await Promise.all([
      listQuestions(db, response.campaign.id),
      responseStates(db, response.campaign.id, response.id),
      indicatorMap(),
      refused ? null : editableResponse(db, response),
    ]);
    const notice = noticeOf(request, NOTICES);
    return sendPrivatePage(
      reply,
      h(ResponseFormPage, {
        frame: await frameOf(ctx, request, reply),
        campaign: response.campaign,
        member: response.member,
        questions,
        indicators,
        values: refused?.typed ?? rawOf(editable!.answers),
        state: state!,
        prefilled: editable?.from === 'prefill' && Object.keys(editable.answers).length > 0,
        ...(notice ? { notice } : {}),
        ...(refused ? { problems: refused.problems } : {}),
      }),
      refused ? 400 : 200,
    );
  };

  const MemberCampaignParams = Type.Object({ slug: Type.String(), id: Type.String({ pattern: '^[0-9]{1,9}$' }) });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/campagnes/:id',
    access: edit,
    schema: { params: MemberCampaignParams },
    handler: async ({ request, reply, member, params }) => formPage(request, reply, await responseOf(Number(params.id), member)),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/campagnes/:id',
    access: edit,
    schema: { params: MemberCampaignParams },
    handler: async ({ request, reply, actor, member, body, params }) => {
      const response = await responseOf(Number(params.id), member);
      const typed = readAnswers(body, await listQuestions(db, response.campaign.id));
      const action = field(body, 'action') === 'submit' ? 'submit' : 'save';
      try {
        const result = await db.transaction().execute((trx) => saveResponse(trx, actor, response, typed, action, { publicUrl }));
        await deliverMail(db, ctx.config, result.mail, request.log);
        const message = { draft: 'brouillon', unchanged: 'inchangee', submitted: 'envoyee', validated: 'validee-directement' }[
          result.state
        ];
        return reply.redirect(`/admin/adherents/${member.slug}/campagnes/${response.campaign.id}?message=${message}`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        // Nothing typed is lost: the form comes back as sent, with every problem.
        return formPage(request, reply, response, { typed, problems: error.problems });
      }
    },
  });
}
