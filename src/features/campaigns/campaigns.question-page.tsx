/** The form of one question of a campaign in preparation (network admins). */
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { Choices, CsrfField, ErrorSummary } from '../../web/forms.tsx';
import type { Indicator } from '../indicators/indicators.public.ts';
import { Crumbs } from './campaigns.admin-pages.tsx';
import { QUESTION_KIND_LABELS, type Question } from './campaigns.questions.ts';
import type { Campaign, QuestionInput } from './campaigns.service.ts';
import { QUESTION_KINDS } from './campaigns.table.ts';

export function QuestionFormPage(props: {
  frame: AdminFrame;
  campaign: Campaign;
  questionId: number | null;
  values: QuestionInput;
  earlier: Question[];
  indicators: Indicator[];
  problems?: string[];
}) {
  const { campaign, values: v } = props;
  const base = `/admin/campagnes/${campaign.id}`;
  const action = props.questionId === null ? `${base}/questions/nouvelle` : `${base}/questions/${props.questionId}`;
  const title = props.questionId === null ? 'Nouvelle question' : 'Modifier la question';
  return (
    <AdminLayout frame={props.frame} title={`${title} — ${campaign.title}`} current="campagnes">
      <Crumbs items={[{ href: '/admin/campagnes', label: 'Campagnes' }, { href: base, label: campaign.title }, { label: title }]} />
      <h1>{title}</h1>
      <ErrorSummary problems={props.problems ?? []} title="La question n’a pas pu être enregistrée" />
      <form method="post" action={action} class="form">
        <CsrfField token={props.frame.csrf} />
        <div class="field">
          <label for="kind">Type de question</label>
          <select id="kind" name="kind">
            {QUESTION_KINDS.map((k) => (
              <option value={k} selected={v.kind === k}>
                {QUESTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="indicatorCode">Indicateur (pour une question « Indicateur du réseau »)</label>
          <select id="indicatorCode" name="indicatorCode">
            <option value="">—</option>
            {props.indicators.map((i) => (
              <option value={i.code} selected={v.indicatorCode === i.code}>
                {i.label} ({i.unit})
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="label">Intitulé</label>
          <input id="label" name="label" type="text" required maxLength={300} value={v.label} />
        </div>
        <div class="field">
          <label for="help">Aide (facultative)</label>
          <textarea id="help" name="help" rows={3} maxLength={2000}>
            {v.help}
          </textarea>
        </div>
        <div class="field">
          <label for="choices">Réponses possibles (choix unique ou multiple), une par ligne</label>
          <textarea id="choices" name="choices" rows={4}>
            {v.choices}
          </textarea>
        </div>
        <Choices
          name="visibility"
          legend="Diffusion des réponses"
          type="radio"
          options={[
            { value: 'public', label: 'Publique : dans les résultats publiés, agrégés' },
            { value: 'internal', label: 'Interne : visible du seul réseau' },
          ]}
          checked={[v.visibility]}
        />
        <div class="field checkbox">
          <input id="required" name="required" type="checkbox" value="1" checked={v.required} />
          <label for="required">Réponse obligatoire pour envoyer</label>
        </div>
        <div class="field">
          <label for="conditionQuestionId">Afficher seulement selon la réponse à une question précédente (facultatif)</label>
          <select id="conditionQuestionId" name="conditionQuestionId">
            <option value="">Toujours afficher</option>
            {props.earlier.map((q, i) => (
              <option value={String(q.id)} selected={v.conditionQuestionId === String(q.id)}>
                {i + 1}. {q.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="conditionValues">Réponses qui la font apparaître, une par ligne (par exemple : oui)</label>
          <textarea id="conditionValues" name="conditionValues" rows={2}>
            {v.conditionValues}
          </textarea>
        </div>
        <div class="form-actions">
          <button type="submit" class="button">
            Enregistrer la question
          </button>
        </div>
      </form>
      {props.questionId !== null && (
        <form method="post" action={`${base}/questions/${props.questionId}/supprimer`} class="form">
          <CsrfField token={props.frame.csrf} />
          <button type="submit" class="button button-danger">
            Retirer cette question
          </button>
        </form>
      )}
    </AdminLayout>
  );
}
