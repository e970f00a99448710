/**
 * Back-office routes of the campaigns: the network's pages under /admin/campagnes (admins only) and
 * a member's questionnaire under /admin/adherents/:slug/campagnes/:id (its editors, and admins).
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { h } from 'preact';
import { Type } from 'typebox';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field, fields, noticeOf } from '../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { deliverMail } from '../mail/mail.public.ts';
import { findMemberBySlug, memberAccess } from '../members/members.public.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import {
  CampaignDashboardPage,
  CampaignFormPage,
  CampaignListPage,
  QuestionFormPage,
  ResponseReviewPage,
} from './campaigns.admin-pages.tsx';
import { getDashboard } from './campaigns.dashboard.ts';
import { answerLog, editableResponse, findResponseOf, returnResponse, saveResponse, validateResponse } from './campaigns.editing.ts';
import { ResponseFormPage } from './campaigns.form-page.tsx';
import { rawOf, type Question, type RawAnswer } from './campaigns.questions.ts';
import { remindCampaign } from './campaigns.reminders.ts';
import {
  addQuestion,
  answered,
  changeCampaign,
  changeQuestion,
  closeCampaign,
  createCampaign,
  getCampaign,
  listCampaigns,
  listQuestions,
  openCampaign,
  removeQuestion,
  responseStates,
  type CampaignInput,
  type QuestionInput,
} from './campaigns.service.ts';

const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }) });
const QuestionParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), qid: Type.String({ pattern: '^[0-9]{1,9}$' }) });
const ResponseParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), slug: Type.String() });

const NOTICES = {
  cree: 'Campagne créée, en préparation : vérifiez le questionnaire, puis ouvrez-la.',
  enregistre: 'Campagne enregistrée.',
  ouverte: 'Campagne ouverte : les rédacteurs des adhérents concernés la trouvent sur leur tableau de bord.',
  close: 'Campagne close : les résultats des questions publiques sont publiés.',
  relance: 'Relance envoyée aux adhérents sans réponse.',
  'sans-relance': 'Aucune relance envoyée : tous les adhérents concernés ont répondu, ou aucun n’a de rédacteur.',
  question: 'Question enregistrée.',
  retiree: 'Question retirée.',
  validee: 'Réponse validée : ses chiffres sont inscrits au profil de l’adhérent.',
  renvoyee: 'Réponse renvoyée à l’adhérent avec votre commentaire.',
  brouillon: 'Brouillon enregistré.',
  envoyee: 'Réponse envoyée au réseau, qui va la relire. Merci !',
  'validee-directement': 'Réponse enregistrée et validée.',
  inchangee: 'Aucune modification : rien n’a été enregistré.',
};

function readCampaignForm(body: unknown): CampaignInput {
  return {
    year: field(body, 'year'),
    title: field(body, 'title'),
    opensOn: field(body, 'opensOn'),
    deadline: field(body, 'deadline'),
    reminderDays: field(body, 'reminderDays'),
    minCell: field(body, 'minCell'),
    memberKinds: fields(body, 'memberKinds'),
  };
}

function readQuestionForm(body: unknown): QuestionInput {
  return {
    kind: field(body, 'kind'),
    indicatorCode: field(body, 'indicatorCode'),
    label: field(body, 'label'),
    help: field(body, 'help'),
    choices: field(body, 'choices'),
    visibility: field(body, 'visibility'),
    required: field(body, 'required') === '1',
    conditionQuestionId: field(body, 'conditionQuestionId'),
    conditionValues: field(body, 'conditionValues'),
  };
}

function questionValues(q: Question): QuestionInput {
  return {
    kind: q.kind,
    indicatorCode: q.indicatorCode ?? '',
    label: q.label,
    help: q.help,
    choices: q.choices.join('\n'),
    visibility: q.visibility,
    required: q.required,
    conditionQuestionId: q.condition ? String(q.condition.questionId) : '',
    conditionValues: q.condition?.values.join('\n') ?? '',
  };
}

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

export function registerCampaignAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;
  const publicUrl = ctx.config.publicUrl;
  const indicatorMap = async () => new Map((await listIndicators(db)).map((i) => [i.code, i]));

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes',
    access: admin,
    handler: async ({ request, reply }) => {
      const campaigns = await Promise.all(
        (await listCampaigns(db)).map(async (campaign) => {
          const states = await responseStates(db, campaign.id);
          return { campaign, answered: states.filter((s) => answered(s.status)).length, total: states.length };
        }),
      );
      const notice = noticeOf(request, NOTICES);
      return sendPrivatePage(
        reply,
        h(CampaignListPage, { frame: await frameOf(ctx, request, reply), campaigns, ...(notice ? { notice } : {}) }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/nouvelle',
    access: admin,
    handler: async ({ request, reply }) => {
      const year = new Date().getUTCFullYear();
      const values: CampaignInput = {
        year: String(year),
        title: `Campagne ${year}`,
        opensOn: new Date().toISOString().slice(0, 10),
        deadline: `${year + 1}-03-31`,
        reminderDays: '14, 7, 1',
        minCell: '5',
        memberKinds: [],
      };
      return sendPrivatePage(reply, h(CampaignFormPage, { frame: await frameOf(ctx, request, reply), values, campaign: null }));
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/nouvelle',
    access: admin,
    handler: async ({ request, reply, actor, body }) => {
      const values = readCampaignForm(body);
      try {
        const id = await db.transaction().execute((trx) => createCampaign(trx, actor, values));
        return reply.redirect(`/admin/campagnes/${id}?message=cree`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const frame = await frameOf(ctx, request, reply);
        return sendPrivatePage(reply, h(CampaignFormPage, { frame, values, campaign: null, problems: error.problems }), 400);
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, params }) => {
      const notice = noticeOf(request, NOTICES);
      const dashboard = await getDashboard(db, Number(params.id));
      return sendPrivatePage(
        reply,
        h(CampaignDashboardPage, { frame: await frameOf(ctx, request, reply), dashboard, ...(notice ? { notice } : {}) }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/parametres',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, params }) => {
      const campaign = await getCampaign(db, Number(params.id));
      const values: CampaignInput = {
        year: String(campaign.year),
        title: campaign.title,
        opensOn: campaign.opensOn,
        deadline: campaign.deadline,
        reminderDays: campaign.reminderDays.join(', '),
        minCell: String(campaign.minCell),
        memberKinds: [],
      };
      return sendPrivatePage(reply, h(CampaignFormPage, { frame: await frameOf(ctx, request, reply), values, campaign }));
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/parametres',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const id = Number(params.id);
      const values = readCampaignForm(body);
      try {
        await db.transaction().execute((trx) => changeCampaign(trx, actor, id, values));
        return reply.redirect(`/admin/campagnes/${id}?message=enregistre`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const frame = await frameOf(ctx, request, reply);
        const campaign = await getCampaign(db, id);
        return sendPrivatePage(reply, h(CampaignFormPage, { frame, values, campaign, problems: error.problems }), 400);
      }
    },
  });

  /** A state change or action from the dashboard; a refused one shows the dashboard with the reason. */
  const dashboardAction = (
    url: string,
    run: (id: number, actor: Parameters<typeof openCampaign>[1], log: FastifyBaseLogger) => Promise<string>,
  ) =>
    protectedRoute(app, ctx, {
      method: 'POST',
      url,
      access: admin,
      schema: { params: IdParams },
      handler: async ({ request, reply, actor, params }) => {
        const id = Number(params.id);
        try {
          const message = await run(id, actor, request.log);
          return reply.redirect(`/admin/campagnes/${id}?message=${message}`, 303);
        } catch (error) {
          if (!(error instanceof InvalidInput) && !(error instanceof AppError && error.code === 'conflict')) throw error;
          const problems = error instanceof InvalidInput ? error.problems : [(error as AppError).message];
          const frame = await frameOf(ctx, request, reply);
          return sendPrivatePage(reply, h(CampaignDashboardPage, { frame, dashboard: await getDashboard(db, id), problems }), 409);
        }
      },
    });
  dashboardAction('/admin/campagnes/:id/ouvrir', async (id, actor) => {
    await db.transaction().execute((trx) => openCampaign(trx, actor, id));
    return 'ouverte';
  });
  dashboardAction('/admin/campagnes/:id/clore', async (id, actor) => {
    await db.transaction().execute((trx) => closeCampaign(trx, actor, id));
    return 'close';
  });
  dashboardAction('/admin/campagnes/:id/relancer', async (id, actor, log) => {
    const campaign = await getCampaign(db, id);
    if (campaign.state !== 'open') throw new AppError('conflict', 'Seule une campagne ouverte peut être relancée.');
    const ids = await db.transaction().execute((trx) => remindCampaign(trx, actor, campaign, publicUrl, new Date(), { manual: true }));
    await deliverMail(db, ctx.config, ids, log);
    return ids.length ? 'relance' : 'sans-relance';
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/questions/nouvelle',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, params }) => {
      const campaign = await getCampaign(db, Number(params.id));
      const values: QuestionInput = {
        kind: 'short_text',
        indicatorCode: '',
        label: '',
        help: '',
        choices: '',
        visibility: 'public',
        required: false,
        conditionQuestionId: '',
        conditionValues: '',
      };
      return sendPrivatePage(
        reply,
        h(QuestionFormPage, {
          frame: await frameOf(ctx, request, reply),
          campaign,
          questionId: null,
          values,
          earlier: await listQuestions(db, campaign.id),
          indicators: await listIndicators(db),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/questions/nouvelle',
    access: admin,
    schema: { params: IdParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const id = Number(params.id);
      const values = readQuestionForm(body);
      try {
        await db.transaction().execute((trx) => addQuestion(trx, actor, id, values));
        return reply.redirect(`/admin/campagnes/${id}?message=question`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const campaign = await getCampaign(db, id);
        return sendPrivatePage(
          reply,
          h(QuestionFormPage, {
            frame: await frameOf(ctx, request, reply),
            campaign,
            questionId: null,
            values,
            earlier: await listQuestions(db, id),
            indicators: await listIndicators(db),
            problems: error.problems,
          }),
          400,
        );
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/questions/:qid',
    access: admin,
    schema: { params: QuestionParams },
    handler: async ({ request, reply, params }) => {
      const campaign = await getCampaign(db, Number(params.id));
      const questions = await listQuestions(db, campaign.id);
      const index = questions.findIndex((q) => q.id === Number(params.qid));
      if (index < 0) throw notFound('Cette question n’existe pas.');
      return sendPrivatePage(
        reply,
        h(QuestionFormPage, {
          frame: await frameOf(ctx, request, reply),
          campaign,
          questionId: questions[index]!.id,
          values: questionValues(questions[index]!),
          earlier: questions.slice(0, index),
          indicators: await listIndicators(db),
        }),
      );
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/questions/:qid',
    access: admin,
    schema: { params: QuestionParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const id = Number(params.id);
      const qid = Number(params.qid);
      const values = readQuestionForm(body);
      try {
        await db.transaction().execute((trx) => changeQuestion(trx, actor, id, qid, values));
        return reply.redirect(`/admin/campagnes/${id}?message=question`, 303);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        const campaign = await getCampaign(db, id);
        const questions = await listQuestions(db, id);
        return sendPrivatePage(
          reply,
          h(QuestionFormPage, {
            frame: await frameOf(ctx, request, reply),
            campaign,
            questionId: qid,
            values,
            earlier: questions.slice(
              0,
              Math.max(
                0,
                questions.findIndex((q) => q.id === qid),
              ),
            ),
            indicators: await listIndicators(db),
            problems: error.problems,
          }),
          400,
        );
      }
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/questions/:qid/supprimer',
    access: admin,
    schema: { params: QuestionParams },
    handler: async ({ reply, actor, params }) => {
      const id = Number(params.id);
      await db.transaction().execute((trx) => removeQuestion(trx, actor, id, Number(params.qid)));
      return reply.redirect(`/admin/campagnes/${id}?message=retiree`, 303);
    },
  });

  // --- a member's response, seen by the network ---------------------------------------------------

  const responseOf = async (params: { id: string; slug: string }) => {
    const campaign = await getCampaign(db, Number(params.id));
    const member = await findMemberBySlug(db, params.slug);
    const response = member && (await findResponseOf(db, campaign.id, member));
    if (!response) throw notFound('Cet adhérent n’est pas concerné par cette campagne.');
    return response;
  };

  const reviewPage = async (
    request: Parameters<typeof frameOf>[1],
    reply: Parameters<typeof frameOf>[2],
    params: { id: string; slug: string },
    extra: { problems?: string[] } = {},
    status = 200,
  ) => {
    const response = await responseOf(params);
    const [questions, [state], log, indicators] = await Promise.all([
      listQuestions(db, response.campaign.id),
      responseStates(db, response.campaign.id, response.id),
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
        log,
        ...(notice ? { notice } : {}),
        ...extra,
      }),
      status,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/reponses/:slug',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, params }) => reviewPage(request, reply, params),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/reponses/:slug/valider',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, actor, params }) => {
      const response = await responseOf(params);
      const mail = await db.transaction().execute((trx) => validateResponse(trx, actor, response, { publicUrl }));
      await deliverMail(db, ctx.config, mail, request.log);
      return reply.redirect(`/admin/campagnes/${response.campaign.id}/reponses/${response.member.slug}?message=validee`, 303);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/reponses/:slug/renvoyer',
    access: admin,
    schema: { params: ResponseParams },
    handler: async ({ request, reply, actor, body, params }) => {
      const response = await responseOf(params);
      try {
        const mail = await db.transaction().execute((trx) => returnResponse(trx, actor, response, field(body, 'comment'), { publicUrl }));
        await deliverMail(db, ctx.config, mail, request.log);
      } catch (error) {
        if (!(error instanceof InvalidInput)) throw error;
        return reviewPage(request, reply, params, { problems: error.problems }, 400);
      }
      return reply.redirect(`/admin/campagnes/${response.campaign.id}/reponses/${response.member.slug}?message=renvoyee`, 303);
    },
  });

  // --- the member's questionnaire -------------------------------------------------------------------

  const MemberCampaignParams = Type.Object({ slug: Type.String(), id: Type.String({ pattern: '^[0-9]{1,9}$' }) });
  const edit = memberAccess(db, 'member.edit');

  const formPage = async (
    request: Parameters<typeof frameOf>[1],
    reply: Parameters<typeof frameOf>[2],
    response: NonNullable<Awaited<ReturnType<typeof findResponseOf>>>,
    typed: Record<string, RawAnswer> | null,
    extra: { problems?: string[] } = {},
    status = 200,
  ) => {
    const [questions, [state], indicators, editable] = await Promise.all([
      listQuestions(db, response.campaign.id),
      responseStates(db, response.campaign.id, response.id),
      indicatorMap(),
      typed ? Promise.resolve(null) : editableResponse(db, response),
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
        values: typed ?? rawOf(editable!.answers),
        state: state!,
        prefilled: editable?.from === 'prefill' && Object.keys(editable.answers).length > 0,
        ...(notice ? { notice } : {}),
        ...extra,
      }),
      status,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/adherents/:slug/campagnes/:id',
    access: edit,
    schema: { params: MemberCampaignParams },
    handler: async ({ request, reply, member, params }) => {
      const response = await findResponseOf(db, (await getCampaign(db, Number(params.id))).id, member);
      if (!response || response.campaign.state === 'draft') throw notFound('Cette campagne ne concerne pas cet adhérent.');
      return formPage(request, reply, response, null);
    },
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/adherents/:slug/campagnes/:id',
    access: edit,
    schema: { params: MemberCampaignParams },
    handler: async ({ request, reply, actor, member, body, params }) => {
      const response = await findResponseOf(db, (await getCampaign(db, Number(params.id))).id, member);
      if (!response || response.campaign.state === 'draft') throw notFound('Cette campagne ne concerne pas cet adhérent.');
      const questions = await listQuestions(db, response.campaign.id);
      const typed = readAnswers(body, questions);
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
        return formPage(request, reply, response, typed, { problems: error.problems }, 400);
      }
    },
  });
}
