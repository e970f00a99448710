/** Back-office pages of the members feature: profile editor, history, diff, moderation. */
import type { AdminFrame } from '../../../web/admin/layout.tsx';
import { AdminLayout } from '../../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../../web/forms.tsx';
import { formatDate } from '../../../web/format.ts';
import { can } from '../../accounts/accounts.public.ts';
import type { ProfileContent } from './members.editing.ts';
import { FIGURE_DEFINITIONS, FIGURE_KINDS, SECTION_HEADINGS, SECTION_KINDS, type SectionKind } from '../members.schemas.ts';
import type { MemberRow } from '../members.table.ts';
import { publishesDirectly } from '../../revisions/revisions.public.ts';

const kindLabel = (kind: SectionKind) => (kind === 'other' ? 'Section libre (titre à choisir)' : SECTION_HEADINGS[kind]);

/** Raw form values, so that a refused form comes back exactly as typed. */
export interface ProfileFormValues {
  website: string;
  sections: { kind: string; heading: string; html: string; position: number; remove: boolean }[];
  figures: Record<string, { value: string; unit: string; year: string; source: string }>;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });

export function formValuesOf(content: ProfileContent): ProfileFormValues {
  const figures: ProfileFormValues['figures'] = {};
  for (const f of content.figures) {
    figures[f.kind] = { value: decimal.format(f.value), unit: f.unit, year: f.year ? String(f.year) : '', source: f.source ?? '' };
  }
  return {
    website: content.website ?? '',
    sections: content.sections.map((s, i) => ({
      kind: s.kind,
      heading: s.heading ?? (s.kind === 'other' ? '' : SECTION_HEADINGS[s.kind]),
      html: s.html,
      position: i + 1,
      remove: false,
    })),
    figures,
  };
}

export interface EditStatus {
  from: 'draft' | 'submitted' | 'published';
  savedAt?: string;
  savedBy?: string;
  /** The last refusal, when it is more recent than anything published. */
  rejection?: { at: string; comment: string; by: string | null } | null;
}

export function ProfileEditPage(props: {
  frame: AdminFrame;
  member: MemberRow;
  values: ProfileFormValues;
  status: EditStatus;
  problems?: string[];
  notice?: string;
}) {
  const { member, values, frame } = props;
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
            <fieldset class={`section-edit${isNew ? ' section-new' : ''}`}>
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
              {!isNew && (
                <div class="field checkbox">
                  <input id={`s${i}_remove`} name={`s${i}_remove`} type="checkbox" value="1" checked={s.remove} />
                  <label for={`s${i}_remove`}>Supprimer cette section</label>
                </div>
              )}
            </fieldset>
          );
        })}
        <h2>Chiffres clés</h2>
        <p class="hint">Laissez une ligne vide pour ne pas afficher ce chiffre. Indiquez toujours l’année et la source.</p>
        {FIGURE_KINDS.map((kind) => {
          const f = values.figures[kind] ?? { value: '', unit: '', year: '', source: '' };
          return (
            <fieldset class="figure-edit">
              <legend>{FIGURE_DEFINITIONS[kind].label}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={`f_${kind}_value`}>Valeur</label>
                  <input id={`f_${kind}_value`} name={`f_${kind}_value`} type="text" inputMode="decimal" value={f.value} />
                </div>
                <div class="field field-small">
                  <label for={`f_${kind}_unit`}>Unité</label>
                  <input
                    id={`f_${kind}_unit`}
                    name={`f_${kind}_unit`}
                    type="text"
                    maxLength={30}
                    value={f.unit || FIGURE_DEFINITIONS[kind].unit}
                  />
                </div>
                <div class="field field-small">
                  <label for={`f_${kind}_year`}>Année</label>
                  <input id={`f_${kind}_year`} name={`f_${kind}_year`} type="text" inputMode="numeric" maxLength={4} value={f.year} />
                </div>
                <div class="field">
                  <label for={`f_${kind}_source`}>Source</label>
                  <input id={`f_${kind}_source`} name={`f_${kind}_source`} type="text" maxLength={300} value={f.source} />
                </div>
              </div>
            </fieldset>
          );
        })}
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
      {status.from === 'published' && <p class="status-line">Vous partez de la version en ligne.</p>}
    </>
  );
}
