/** A member's response as the network reviews it: the answers, validate or send back, and every change made. */
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { formatDate } from '../../web/format.ts';
import type { Indicator } from '../indicators/indicators.public.ts';
import { Crumbs } from './campaigns.admin-pages.tsx';
import { answerWords, type Question, type ResponseSnapshot } from './campaigns.questions.ts';
import { type Campaign } from './campaigns.service.ts';
import { RESPONSE_STATUS_LABELS, type ResponseState } from './campaigns.responses.ts';

/** One answer as text, for the review page and the log. */
export function answerText(q: Question | undefined, json: string | null, unit?: string): string {
  if (json === null) return '(pas de réponse)';
  const a = JSON.parse(json) as Parameters<typeof answerWords>[0];
  const words = answerWords(a).join(', ');
  if (q?.kind === 'indicator' && a) {
    const def =
      a.followsDefinition === true
        ? 'suit la définition'
        : a.followsDefinition === false
          ? `autre définition : ${a.definitionNote ?? ''}`
          : 'définition non précisée';
    return `${words}${unit ? ` ${unit}` : ''} — ${a.source ? `source : ${a.source} — ` : ''}${def}`;
  }
  return words;
}

export function ResponseReviewPage(props: {
  frame: AdminFrame;
  campaign: Campaign;
  member: { slug: string; name: string };
  questions: Question[];
  indicators: Map<string, Indicator>;
  state: ResponseState;
  /** The answers of the latest version (null: nothing saved yet). */
  answers: ResponseSnapshot | null;
  log: { question_id: number; at: string; author: string; before: string | null; after: string | null }[];
  notice?: string;
  problems?: string[];
}) {
  const { campaign, member, questions, state } = props;
  const base = `/admin/campagnes/${campaign.id}/reponses/${member.slug}`;
  const answers = props.answers?.answers ?? {};
  return (
    <AdminLayout frame={props.frame} title={`${campaign.title} — ${member.name}`} current="campagnes">
      <Crumbs
        items={[
          { href: '/admin/campagnes', label: 'Campagnes' },
          { href: `/admin/campagnes/${campaign.id}`, label: campaign.title },
          { label: member.name },
        ]}
      />
      <h1>
        Réponse de {member.name} à « {campaign.title} »
      </h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary problems={props.problems ?? []} title="Action impossible" />
      <p>
        État : <strong>{RESPONSE_STATUS_LABELS[state.status]}</strong>
        {state.at ? ` (${formatDate(state.at)}, ${state.author ?? ''})` : ''}.{' '}
        <a href={`/admin/adherents/${member.slug}/campagnes/${campaign.id}`}>Répondre ou corriger pour l’adhérent</a> (par exemple pour des
        chiffres reçus par courriel).
      </p>
      {props.answers && (
        <table class="data-table">
          <caption>Réponses {state.status === 'submitted' ? 'envoyées' : 'enregistrées'}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Réponse</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q, i) => (
              <tr>
                <th scope="row">
                  {i + 1}. {q.label}
                </th>
                <td>
                  {answerText(
                    q,
                    answers[q.id] ? JSON.stringify(answers[q.id]) : null,
                    q.indicatorCode ? props.indicators.get(q.indicatorCode)?.unit : undefined,
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.status === 'submitted' && (
        <div class="moderation-actions">
          <form method="post" action={`${base}/valider`} class="form">
            <CsrfField token={props.frame.csrf} />
            <p class="hint">
              Les chiffres des indicateurs seront inscrits au profil de l’adhérent pour {campaign.year}, comme validés par le réseau.
            </p>
            <button type="submit" class="button">
              Valider la réponse
            </button>
          </form>
          <form method="post" action={`${base}/renvoyer`} class="form">
            <CsrfField token={props.frame.csrf} />
            <div class="field">
              <label for="comment">Commentaire pour l’adhérent (obligatoire pour renvoyer)</label>
              <textarea id="comment" name="comment" rows={4} maxLength={2000}></textarea>
            </div>
            <button type="submit" class="button button-danger">
              Renvoyer à l’adhérent
            </button>
          </form>
        </div>
      )}
      <h2>Historique des réponses</h2>
      {props.log.length === 0 ? (
        <p>Aucune réponse enregistrée pour le moment.</p>
      ) : (
        <table class="data-table">
          <caption>Chaque modification, la plus récente d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Par</th>
              <th scope="col">Question</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {[...props.log].reverse().map((l) => {
              const index = questions.findIndex((q) => q.id === l.question_id);
              const q = questions[index];
              return (
                <tr>
                  <td>{formatDate(l.at)}</td>
                  <td>{l.author}</td>
                  <td>{q ? `${index + 1}. ${q.label}` : 'Question retirée'}</td>
                  <td>{answerText(q, l.before)}</td>
                  <td>{answerText(q, l.after)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
