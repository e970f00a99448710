/**
 * The questionnaire a member's editors fill in (`/admin/adherents/:slug/campagnes/:id`), prefilled,
 * saved as a draft, then submitted; an admin may fill it in for the member. Works without
 * JavaScript: a question that depends on an earlier answer says so in its hint (with it,
 * form-conditions.js hides it until the answer calls for it), and form-keep.js keeps in the browser
 * what was typed until the server has it (an expired session loses nothing).
 */
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { formatDate } from '../../web/format.ts';
import type { Indicator } from '../indicators/indicators.public.ts';
import type { MemberRow } from '../members/members.public.ts';
import type { Question, RawAnswer } from './campaigns.questions.ts';
import { type Campaign } from './campaigns.service.ts';
import { RESPONSE_STATUS_LABELS, type ResponseState } from './campaigns.responses.ts';

export interface ResponseFormProps {
  frame: AdminFrame;
  campaign: Campaign;
  member: MemberRow;
  questions: Question[];
  indicators: Map<string, Indicator>;
  values: Record<string, RawAnswer>;
  state: ResponseState;
  /** Where the values come from when nothing is saved yet. */
  prefilled: boolean;
  problems?: string[];
  notice?: string;
}

const fieldName = (q: Question) => `q${q.id}`;

function conditionText(q: Question, questions: Question[]): string | null {
  if (!q.condition) return null;
  const index = questions.findIndex((p) => p.id === q.condition!.questionId);
  if (index < 0) return null;
  const values = q.condition.values.map((v) => `« ${v} »`).join(' ou ');
  return `À remplir seulement si vous avez répondu ${values} à la question ${index + 1}.`;
}

function QuestionField({
  q,
  n,
  questions,
  value,
  indicator,
}: {
  q: Question;
  n: number;
  questions: Question[];
  value: RawAnswer | undefined;
  indicator: Indicator | undefined;
}) {
  const name = fieldName(q);
  const text = typeof value?.value === 'string' ? value.value : '';
  const list = Array.isArray(value?.value) ? value.value : text ? [text] : [];
  const condition = conditionText(q, questions);
  const hintId = `${name}-hint`;
  const hint = [condition, q.help || (indicator ? indicator.definition : '')].filter(Boolean);
  const label = (
    <>
      {n}. {q.label}
      {q.required ? ' (obligatoire)' : ''}
      {q.visibility === 'internal' && <span class="muted"> — réponse interne au réseau</span>}
    </>
  );
  const hintBlock = hint.length ? (
    <p class="hint" id={hintId}>
      {hint.join(' ')}
    </p>
  ) : null;
  const describedBy = hint.length ? hintId : undefined;
  // form-conditions.js hides the question while the earlier answer does not call for it.
  const shownWhen = q.condition
    ? { 'data-show-if': `q${q.condition.questionId}`, 'data-show-values': JSON.stringify(q.condition.values) }
    : {};
  if (q.kind === 'single_choice' || q.kind === 'multiple_choice' || q.kind === 'yes_no') {
    const choices = q.kind === 'yes_no' ? ['oui', 'non'] : q.choices;
    const type = q.kind === 'multiple_choice' ? 'checkbox' : 'radio';
    return (
      <fieldset class="question" aria-describedby={describedBy} {...shownWhen}>
        <legend>{label}</legend>
        {hintBlock}
        {choices.map((c, i) => (
          <div class={type}>
            <input id={`${name}-${i}`} name={name} type={type} value={c} checked={list.includes(c)} />
            <label for={`${name}-${i}`}>{q.kind === 'yes_no' ? (c === 'oui' ? 'Oui' : 'Non') : c}</label>
          </div>
        ))}
      </fieldset>
    );
  }
  if (q.kind === 'long_text')
    return (
      <div class="field question" {...shownWhen}>
        <label for={name}>{label}</label>
        {hintBlock}
        <textarea id={name} name={name} rows={6} maxLength={10_000} aria-describedby={describedBy}>
          {text}
        </textarea>
      </div>
    );
  if (q.kind === 'short_text')
    return (
      <div class="field question" {...shownWhen}>
        <label for={name}>{label}</label>
        {hintBlock}
        <input id={name} name={name} type="text" maxLength={300} value={text} aria-describedby={describedBy} />
      </div>
    );
  if (q.kind === 'number')
    return (
      <div class="field question" {...shownWhen}>
        <label for={name}>{label}</label>
        {hintBlock}
        <input id={name} name={name} type="text" inputMode="decimal" value={text} aria-describedby={describedBy} />
      </div>
    );
  // An indicator: the value, its source, and how it stands against the definition.
  return (
    <fieldset class="question question-indicator" aria-describedby={describedBy} {...shownWhen}>
      <legend>{label}</legend>
      {hintBlock}
      <div class="field-row">
        <div class="field field-small">
          <label for={name}>Valeur{indicator ? ` (${indicator.unit})` : ''}</label>
          <input id={name} name={name} type="text" inputMode="decimal" value={text} />
        </div>
        <div class="field">
          <label for={`${name}_source`}>Source</label>
          <input id={`${name}_source`} name={`${name}_source`} type="text" maxLength={300} value={value?.source ?? ''} />
        </div>
      </div>
      <div class="field-row">
        <div class="field">
          <label for={`${name}_follows`}>Ce chiffre suit-il la définition du réseau ?</label>
          <select id={`${name}_follows`} name={`${name}_follows`}>
            <option value="" selected={!value?.follows}>
              Non précisé
            </option>
            <option value="oui" selected={value?.follows === 'oui'}>
              Oui
            </option>
            <option value="non" selected={value?.follows === 'non'}>
              Non, il est calculé autrement
            </option>
          </select>
        </div>
        <div class="field">
          <label for={`${name}_note`}>Si non, en quoi diffère-t-il ?</label>
          <input id={`${name}_note`} name={`${name}_note`} type="text" maxLength={500} value={value?.note ?? ''} />
        </div>
      </div>
    </fieldset>
  );
}

export function ResponseFormPage(props: ResponseFormProps) {
  const { campaign, member, questions, state } = props;
  const open = campaign.state === 'open';
  const base = `/admin/adherents/${member.slug}/campagnes/${campaign.id}`;
  const title = `${campaign.title} — ${member.name}`;
  return (
    <AdminLayout frame={props.frame} title={title} current="tableau" scripts={['form-conditions.js']}>
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li aria-current="page">{campaign.title}</li>
        </ol>
      </nav>
      <h1>
        {campaign.title} : réponse de {member.name}
      </h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        Chiffres de l’année {campaign.year}. Date limite : <strong>{formatDate(campaign.deadline)}</strong>. État de votre réponse :{' '}
        <strong>{RESPONSE_STATUS_LABELS[state.status]}</strong>
        {state.at && state.author ? ` (${formatDate(state.at)}, ${state.author})` : ''}.
      </p>
      {state.status === 'returned' && state.comment && (
        <div class="notice notice-warning" role="status">
          <p>
            <strong>Le réseau vous a renvoyé votre réponse :</strong> {state.comment}
          </p>
          <p>Corrigez-la, puis envoyez-la à nouveau.</p>
        </div>
      )}
      {props.prefilled && (
        <p class="notice">
          Le questionnaire est prérempli avec vos réponses de l’an dernier et les chiffres de votre profil. Vérifiez chaque réponse avant
          d’envoyer.
        </p>
      )}
      {!open && (
        <p class="notice">{campaign.state === 'closed' ? 'Cette campagne est close.' : 'Cette campagne n’est pas encore ouverte.'}</p>
      )}
      <p class="hint">
        Plusieurs personnes de votre collectivité peuvent compléter le même brouillon. Les réponses publiques figureront, agrégées, dans les
        résultats du réseau ; les chiffres des indicateurs validés par le réseau s’afficheront sur votre profil.
      </p>
      <ErrorSummary problems={props.problems ?? []} title="La réponse n’a pas pu être enregistrée" />
      <form
        method="post"
        action={base}
        class="form campaign-form"
        data-keep={`campagne-${campaign.id}-${member.slug}-${props.frame.actor.id}`}
        {...(props.notice ? { 'data-keep-saved': '' } : {})}
      >
        <CsrfField token={props.frame.csrf} />
        <div class="form-actions form-actions-top">
          <button type="submit" name="action" value="save" class="button button-secondary">
            Enregistrer le brouillon
          </button>
        </div>
        {questions.map((q, i) => (
          <QuestionField
            q={q}
            n={i + 1}
            questions={questions}
            value={props.values[q.id]}
            indicator={q.indicatorCode ? props.indicators.get(q.indicatorCode) : undefined}
          />
        ))}
        <div class="form-actions">
          <button type="submit" name="action" value="save" class="button button-secondary">
            Enregistrer le brouillon
          </button>
          <button type="submit" name="action" value="submit" class="button">
            Envoyer au réseau
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}
