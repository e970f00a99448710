/** Back-office routes of a campaign's questions, while it is in preparation (network admins). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { Type } from 'typebox';
import { InvalidInput, notFound } from '../../errors.ts';
import { protectedRoute } from '../../web/auth.ts';
import type { AppContext } from '../../web/context.ts';
import { field } from '../../web/forms.tsx';
import { frameOf, sendPrivatePage } from '../../web/admin/frame.ts';
import { listIndicators } from '../indicators/indicators.public.ts';
import { CampaignIdParams } from './campaigns.admin-routes.ts';
import { QuestionFormPage } from './campaigns.question-page.tsx';
import type { Question } from './campaigns.questions.ts';
import { addQuestion, changeQuestion, getCampaign, listQuestions, removeQuestion, type QuestionInput } from './campaigns.service.ts';

const QuestionParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,9}$' }), qid: Type.String({ pattern: '^[0-9]{1,9}$' }) });

const BLANK: QuestionInput = {
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

export function registerCampaignQuestionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  const admin = { permission: 'network.admin' } as const;

  /**
   * The form of a new question (`questionId` null) or of an existing one, with the values typed
   * (a refused form) or stored; only earlier questions may condition it.
   */
  const questionPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    campaignId: number,
    questionId: number | null,
    typed: { values: QuestionInput; problems: string[] } | null = null,
  ) => {
    const campaign = await getCampaign(db, campaignId);
    const questions = await listQuestions(db, campaign.id);
    const index = questionId === null ? questions.length : questions.findIndex((q) => q.id === questionId);
    if (index < 0) throw notFound('Cette question n’existe pas.');
    const values = typed?.values ?? (questionId === null ? BLANK : questionValues(questions[index]!));
    return sendPrivatePage(
      reply,
      h(QuestionFormPage, {
        frame: await frameOf(ctx, request, reply),
        campaign,
        questionId,
        values,
        earlier: questions.slice(0, index),
        indicators: await listIndicators(db),
        ...(typed ? { problems: typed.problems } : {}),
      }),
      typed ? 400 : 200,
    );
  };

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/questions/nouvelle',
    access: admin,
    schema: { params: CampaignIdParams },
    handler: ({ request, reply, params }) => questionPage(request, reply, Number(params.id), null),
  });

  protectedRoute(app, ctx, {
    method: 'GET',
    url: '/admin/campagnes/:id/questions/:qid',
    access: admin,
    schema: { params: QuestionParams },
    handler: ({ request, reply, params }) => questionPage(request, reply, Number(params.id), Number(params.qid)),
  });

  /** Adds (`qid` absent) or changes a question; a refused form comes back as typed. */
  const save = async (
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Parameters<typeof addQuestion>[1],
    body: unknown,
    id: number,
    qid: number | null,
  ) => {
    const values = readQuestionForm(body);
    try {
      await db.transaction().execute(async (trx) => {
        if (qid === null) await addQuestion(trx, actor, id, values);
        else await changeQuestion(trx, actor, id, qid, values);
      });
      return reply.redirect(`/admin/campagnes/${id}?message=question`, 303);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      return questionPage(request, reply, id, qid, { values, problems: error.problems });
    }
  };

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/questions/nouvelle',
    access: admin,
    schema: { params: CampaignIdParams },
    handler: ({ request, reply, actor, body, params }) => save(request, reply, actor, body, Number(params.id), null),
  });

  protectedRoute(app, ctx, {
    method: 'POST',
    url: '/admin/campagnes/:id/questions/:qid',
    access: admin,
    schema: { params: QuestionParams },
    handler: ({ request, reply, actor, body, params }) => save(request, reply, actor, body, Number(params.id), Number(params.qid)),
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
}
