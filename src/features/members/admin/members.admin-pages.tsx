/** Back-office pages of the members feature: profile editor, history, diff, moderation. */
import type { AdminFrame } from '../../../web/admin/layout.tsx';
import { AdminLayout } from '../../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../../web/forms.tsx';
import { formatDate } from '../../../web/format.ts';
import { can } from '../../accounts/accounts.public.ts';
import type { FigureInputRow, ProfileContent } from './members.editing.ts';
import { SECTION_HEADINGS, SECTION_KINDS, type SectionKind } from '../members.schemas.ts';
import { VALUE_STATUS_LABELS, type Indicator, type ValueStatus } from '../../indicators/indicators.public.ts';
import type { MemberRow } from '../members.table.ts';
import { publishesDirectly } from '../../revisions/revisions.public.ts';

const kindLabel = (kind: SectionKind) => (kind === 'other' ? 'Section libre (titre à choisir)' : SECTION_HEADINGS[kind]);

/** Raw form values, so that a refused form comes back exactly as typed. */
export interface ProfileFormValues {
  website: string;
  sections: { kind: string; heading: string; html: string; position: number; remove: boolean }[];
  figures: (FigureInputRow & { status?: ValueStatus })[];
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });

export function formValuesOf(content: ProfileContent): ProfileFormValues {
  return {
    website: content.website ?? '',
    sections: content.sections.map((s, i) => ({
      kind: s.kind,
      heading: s.heading ?? (s.kind === 'other' ? '' : SECTION_HEADINGS[s.kind]),
      html: s.html,
      position: i + 1,
      remove: false,
    })),
    figures: content.figures.map((f) => ({
      kind: f.kind,
      value: decimal.format(f.value),
      year: f.year ? String(f.year) : '',
      source: f.source ?? '',
      follows: f.followsDefinition === null ? '' : f.followsDefinition ? 'oui' : 'non',
      note: f.definitionNote ?? '',
      remove: false,
      status: f.status,
    })),
  };
}

/** Blank rows under the figures, for new values. */
export const NEW_FIGURE_ROWS = 3;

function FigureRows(props: { values: ProfileFormValues; indicators: Indicator[] }) {
  const blank: ProfileFormValues['figures'][number] = { kind: '', value: '', year: '', source: '', follows: '', note: '', remove: false };
  const rows: ProfileFormValues['figures'] = [...props.values.figures, ...Array.from({ length: NEW_FIGURE_ROWS }, () => blank)];
  const byCode = new Map(props.indicators.map((i) => [i.code, i]));
  return (
    <>
      <h2>Chiffres clés</h2>
      <p class="hint">
        Une ligne par indicateur et par année : gardez les années précédentes, elles forment l’historique affiché sur le profil. Indiquez
        toujours la source, et si le chiffre suit la définition du réseau : seuls ces chiffres sont comparés avec ceux des autres adhérents.
      </p>
      <details class="indicator-definitions">
        <summary>Définitions des indicateurs du réseau</summary>
        <dl>
          {props.indicators.map((i) => (
            <>
              <dt>
                {i.label} ({i.unit})
              </dt>
              <dd>{i.definition}</dd>
            </>
          ))}
        </dl>
      </details>
      <input type="hidden" name="figure_count" value={String(rows.length)} />
      {rows.map((f, i) => {
        const isNew = i >= props.values.figures.length;
        const indicator = byCode.get(f.kind);
        const legend = isNew
          ? `Nouveau chiffre (facultatif)`
          : `${indicator?.label ?? f.kind}${f.year ? ` — ${f.year}` : ' — année non précisée'}`;
        const id = `fig${i}`;
        return (
          <fieldset class={`figure-edit${isNew ? ' figure-new' : ''}`}>
            <legend>{legend}</legend>
            {f.status && f.status !== 'declared' && (
              <p class={`figure-status figure-status-${f.status}`}>{VALUE_STATUS_LABELS[f.status]}</p>
            )}
            <div class="field-row">
              <div class="field">
                <label for={`${id}_kind`}>Indicateur</label>
                <select id={`${id}_kind`} name={`${id}_kind`}>
                  {isNew && <option value="">Choisir un indicateur</option>}
                  {props.indicators.map((ind) => (
                    <option value={ind.code} selected={ind.code === f.kind}>
                      {ind.label} ({ind.unit})
                    </option>
                  ))}
                  {!isNew && !indicator && (
                    <option value={f.kind} selected>
                      {f.kind}
                    </option>
                  )}
                </select>
              </div>
              <div class="field field-small">
                <label for={`${id}_year`}>Année</label>
                <input id={`${id}_year`} name={`${id}_year`} type="text" inputMode="numeric" maxLength={4} value={f.year} />
              </div>
              <div class="field field-small">
                <label for={`${id}_value`}>Valeur</label>
                <input id={`${id}_value`} name={`${id}_value`} type="text" inputMode="decimal" value={f.value} />
              </div>
            </div>
            <div class="field">
              <label for={`${id}_source`}>Source</label>
              <input id={`${id}_source`} name={`${id}_source`} type="text" maxLength={300} value={f.source} />
            </div>
            <div class="field-row">
              <div class="field">
                <label for={`${id}_follows`}>Ce chiffre suit-il la définition du réseau ?</label>
                <select id={`${id}_follows`} name={`${id}_follows`}>
                  <option value="" selected={f.follows === ''}>
                    Non précisé
                  </option>
                  <option value="oui" selected={f.follows === 'oui'}>
                    Oui
                  </option>
                  <option value="non" selected={f.follows === 'non'}>
                    Non, il est calculé autrement
                  </option>
                </select>
              </div>
              <div class="field">
                <label for={`${id}_note`}>Si non, en quoi diffère-t-il ?</label>
                <input id={`${id}_note`} name={`${id}_note`} type="text" maxLength={500} value={f.note} />
              </div>
            </div>
            {!isNew && (
              <div class="field checkbox">
                <input id={`${id}_remove`} name={`${id}_remove`} type="checkbox" value="1" checked={f.remove} />
                <label for={`${id}_remove`}>Supprimer ce chiffre</label>
              </div>
            )}
          </fieldset>
        );
      })}
    </>
  );
}

export interface EditStatus {
  from: 'draft' | 'submitted' | 'rejected' | 'published';
  savedAt?: string;
  savedBy?: string;
  /** The last refusal, when it is more recent than anything published. */
  rejection?: { at: string; comment: string; by: string | null } | null;
}

export function ProfileEditPage(props: {
  frame: AdminFrame;
  member: MemberRow;
  values: ProfileFormValues;
  /** The network's indicators asked of this kind of member. */
  indicators: Indicator[];
  status: EditStatus;
  /** The observatory's sentence for the member's territory, to quote in the panorama with one click. */
  sirene?: string | undefined;
  problems?: string[];
  notice?: string;
}) {
  const { member, values, frame } = props;
  const quoteAt = values.sections.findIndex((s) => s.kind === 'panorama' && !s.remove);
  const direct = publishesDirectly(frame.actor, member.moderation);
  const base = `/admin/adherents/${member.slug}`;
  const rows = [...values.sections, { kind: 'other', heading: '', html: '', position: values.sections.length + 1, remove: false }];
  return (
    <AdminLayout frame={frame} title={`Modifier le profil — ${member.name}`} current="profil" richText>
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li aria-current="page">Profil de {member.name}</li>
        </ol>
      </nav>
      <h1>Modifier le profil : {member.name}</h1>
      <p class="admin-links">
        <a href={`/adherents/${member.slug}`}>Voir la page publique</a> · <a href={`${base}/historique`}>Historique des versions</a>
      </p>
      {props.notice && <Notice>{props.notice}</Notice>}
      {can(frame.actor, 'network.admin') && (
        <form method="post" action={`${base}/moderation`} class="inline-form moderation-setting">
          <CsrfField token={frame.csrf} />
          <label for="moderation">Modifications des rédacteurs de cet adhérent</label>
          <select id="moderation" name="moderation">
            <option value="review" selected={member.moderation === 'review'}>
              validées par le réseau avant publication
            </option>
            <option value="direct" selected={member.moderation === 'direct'}>
              publiées directement
            </option>
          </select>
          <button type="submit" class="button button-small button-secondary">
            Enregistrer ce réglage
          </button>
        </form>
      )}
      <StatusLine status={props.status} direct={direct} />
      <ErrorSummary problems={props.problems ?? []} />
      <form method="post" action={`${base}/profil`} class="form profile-form">
        <CsrfField token={frame.csrf} />
        <input type="hidden" name="section_count" value={String(rows.length)} />
        <h2>Sections du profil</h2>
        <p class="hint">
          L’ordre des sections suit leur position. Pour ajouter une section, remplissez le dernier bloc ; un nouveau bloc vide apparaît à
          chaque enregistrement. Un titre vide reprend le titre standard.
        </p>
        {rows.map((s, i) => {
          const isNew = i === values.sections.length;
          const legend = isNew ? 'Nouvelle section (facultatif)' : `Section ${i + 1} : ${s.heading || kindLabel(s.kind as SectionKind)}`;
          return (
            <fieldset class={`section-edit${isNew ? ' section-new' : ''}`} id={i === quoteAt ? 'panorama' : undefined}>
              <legend>{legend}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={`s${i}_kind`}>Type de section</label>
                  <select id={`s${i}_kind`} name={`s${i}_kind`}>
                    {SECTION_KINDS.map((k) => (
                      <option value={k} selected={k === s.kind}>
                        {kindLabel(k)}
                      </option>
                    ))}
                  </select>
                </div>
                <div class="field field-small">
                  <label for={`s${i}_position`}>Position</label>
                  <input
                    id={`s${i}_position`}
                    name={`s${i}_position`}
                    type="number"
                    min={1}
                    max={99}
                    value={String(s.position)}
                    inputMode="numeric"
                  />
                </div>
              </div>
              <div class="field">
                <label for={`s${i}_heading`}>Titre</label>
                <input id={`s${i}_heading`} name={`s${i}_heading`} type="text" maxLength={150} value={s.heading} />
              </div>
              <div class="field">
                <label for={`s${i}_body`}>Texte</label>
                <textarea id={`s${i}_body`} name={`s${i}_body`} rows={isNew ? 6 : 14} data-rich-text>
                  {s.html}
                </textarea>
              </div>
              {props.sirene && (i === quoteAt || (quoteAt < 0 && isNew)) && (
                <div class="notice sirene-quote">
                  <p>Chiffres du répertoire SIRENE pour votre territoire : « {props.sirene} »</p>
                  <button type="submit" name="action" value="quote-sirene" class="button button-secondary">
                    Citer ces chiffres à la fin du panorama
                  </button>
                </div>
              )}
              {!isNew && (
                <div class="field checkbox">
                  <input id={`s${i}_remove`} name={`s${i}_remove`} type="checkbox" value="1" checked={s.remove} />
                  <label for={`s${i}_remove`}>Supprimer cette section</label>
                </div>
              )}
            </fieldset>
          );
        })}
        <FigureRows values={values} indicators={props.indicators} />
        <h2>Coordonnées</h2>
        <div class="field">
          <label for="website">Site internet de la collectivité</label>
          <input id="website" name="website" type="url" maxLength={300} value={values.website} placeholder="https://" />
        </div>
        <div class="form-actions">
          <button type="submit" name="action" value="save" class="button button-secondary">
            Enregistrer le brouillon
          </button>
          <button type="submit" name="action" value="preview" class="button button-secondary">
            Aperçu
          </button>
          <button type="submit" name="action" value="submit" class="button">
            {direct ? 'Publier' : 'Soumettre au réseau'}
          </button>
        </div>
        <p class="hint">
          {direct
            ? '« Publier » met la nouvelle version en ligne immédiatement.'
            : '« Soumettre au réseau » envoie la nouvelle version à l’équipe du réseau, qui la valide avant sa mise en ligne. La version actuelle reste en ligne d’ici là.'}
        </p>
      </form>
    </AdminLayout>
  );
}

function StatusLine({ status, direct }: { status: EditStatus; direct: boolean }) {
  return (
    <>
      {status.rejection && (
        <div class="notice notice-warning" role="status">
          <strong>
            Votre dernière modification a été refusée le {formatDate(status.rejection.at)}
            {status.rejection.by ? ` par ${status.rejection.by}` : ''}.
          </strong>{' '}
          Commentaire du réseau :<blockquote>{status.rejection.comment}</blockquote>
        </div>
      )}
      {status.from === 'draft' && (
        <p class="status-line">
          Vous reprenez le brouillon enregistré le {formatDate(status.savedAt!)} par {status.savedBy}. Il n’est pas encore{' '}
          {direct ? 'publié' : 'soumis'}.
        </p>
      )}
      {status.from === 'submitted' && (
        <p class="status-line">
          Une modification soumise le {formatDate(status.savedAt!)} par {status.savedBy} attend la validation du réseau. Vous pouvez la
          compléter et la soumettre à nouveau.
        </p>
      )}
      {status.from === 'rejected' && (
        <p class="status-line">
          Vous reprenez la version refusée, enregistrée le {formatDate(status.savedAt!)} par {status.savedBy}, pour la corriger.
        </p>
      )}
      {status.from === 'published' && <p class="status-line">Vous partez de la version en ligne.</p>}
    </>
  );
}
