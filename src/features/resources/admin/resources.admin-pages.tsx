/** Back-office pages of the resource centre: the list and the form (new or existing resource). */
import { AdminLayout, type AdminFrame } from '../../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../../web/forms.tsx';
import { formatDate } from '../../../web/format.ts';
import { RESOURCE_VISIBILITIES, type ResourceRow, type ResourceTypeRow } from '../resources.table.ts';
import { VISIBILITY_LABELS, fileLabel } from '../resources.present.ts';
import type { ResourceFormValues } from './resources.form.ts';
import { AttachmentManager, type AdminFile } from './resources.admin-attachment-pages.tsx';

export function ResourceAdminListPage(props: {
  frame: AdminFrame;
  rows: ResourceRow[];
  types: ResourceTypeRow[];
  drafts?: Set<number>;
  notice?: string;
}) {
  const typeNames = new Map(props.types.map((t) => [t.slug, t.name]));
  return (
    <AdminLayout frame={props.frame} title="Ressources" current="ressources">
      <h1>Ressources</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        <a class="button" href="/admin/ressources/nouvelle">
          Nouvelle ressource
        </a>{' '}
        <a href="/admin/ressources/types">Types de ressources</a>
      </p>
      <table class="admin-table">
        <caption class="visually-hidden">Toutes les ressources, les plus récemment modifiées d’abord</caption>
        <thead>
          <tr>
            <th scope="col">Titre</th>
            <th scope="col">Type</th>
            <th scope="col">Accès</th>
            <th scope="col">État</th>
            <th scope="col">Modifiée le</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>
                <a href={`/admin/ressources/${r.id}`}>{r.title}</a>
              </td>
              <td>{typeNames.get(r.type) ?? r.type}</td>
              <td>{VISIBILITY_LABELS[r.visibility]}</td>
              <td>
                {r.status === 'published' ? (
                  props.drafts?.has(r.id) ? (
                    <>
                      Publiée — <strong>Brouillon en cours</strong>
                    </>
                  ) : (
                    'Publiée'
                  )
                ) : (
                  'Brouillon'
                )}
              </td>
              <td>{formatDate(r.updated_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export function ResourceEditPage(props: {
  frame: AdminFrame;
  heading: string;
  action: string;
  values: ResourceFormValues;
  types: ResourceTypeRow[];
  themes: { slug: string; name: string }[];
  files: AdminFile[];
  publicHref?: string;
  problems?: string[];
  notice?: string;
  /** An existing resource: links to its history, management of its files. */
  resourceId?: number;
  published?: boolean;
  /** The form shows the open draft; `pendingChanges`: it differs from what is online. */
  draft?: { savedAt: string; savedBy: string; pendingChanges: boolean; everPublished: boolean };
}) {
  const { values } = props;
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[]) => (
    <div class="field">
      <label for={name}>{label}</label>
      <select id={name} name={name}>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <AdminLayout frame={props.frame} title={props.heading} current="ressources" richText>
      <p>
        <a href="/admin/ressources">← Toutes les ressources</a>
        {props.publicHref && (
          <>
            {' '}
            · <a href={props.publicHref}>Voir la page publique</a>
          </>
        )}
        {props.resourceId !== undefined && (
          <>
            {' '}
            · <a href={`/admin/ressources/${props.resourceId}/historique`}>Historique des versions</a>
          </>
        )}
      </p>
      <h1>{props.heading}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.draft?.pendingChanges && (
        <div class="notice notice-warning" role="status">
          <p>
            <strong>Vous modifiez un brouillon</strong>, enregistré le {formatDate(props.draft.savedAt)} par {props.draft.savedBy}, qui
            diffère de la version en ligne. La page publique ne change pas tant que vous ne le publiez pas.
          </p>
          <p>
            {props.publicHref && (
              <>
                <a href={props.publicHref}>Voir la version en ligne</a> ·{' '}
              </>
            )}
            <a href={`/admin/ressources/${props.resourceId}/historique`}>Comparer dans l’historique</a>
          </p>
          <DiscardDraft frame={props.frame} resourceId={props.resourceId!} />
        </div>
      )}
      {props.draft && !props.draft.pendingChanges && props.published && (
        <div class="status-line">
          <p>
            Un brouillon enregistré le {formatDate(props.draft.savedAt)} par {props.draft.savedBy} est ouvert ; il est identique à la
            version en ligne.
          </p>
          <DiscardDraft frame={props.frame} resourceId={props.resourceId!} />
        </div>
      )}
      {props.draft && !props.published && (
        <p class="status-line">
          Brouillon enregistré le {formatDate(props.draft.savedAt)} par {props.draft.savedBy} ;{' '}
          {props.draft.everPublished
            ? 'cette ressource a été retirée de la publication : elle n’est plus visible sur le site tant que vous ne la publiez pas à nouveau.'
            : 'cette ressource n’a jamais été publiée.'}
        </p>
      )}
      <ErrorSummary problems={props.problems ?? []} />
      {/* The body's intertitles are h3 (the editor's): they sit under this heading. */}
      <h2>Contenu</h2>
      <form method="post" action={props.action} class="form" enctype="multipart/form-data">
        <CsrfField token={props.frame.csrf} />
        <div class="field">
          <label for="title">Titre</label>
          <input id="title" name="title" type="text" required maxLength={200} value={values.title} />
        </div>
        {select(
          'type',
          'Type',
          values.type,
          props.types.map((t) => ({ value: t.slug, label: t.name })),
        )}
        <div class="field-row">
          <div class="field">
            <label for="series">Série (facultative)</label>
            <input id="series" name="series" type="text" maxLength={120} value={values.series} />
          </div>
          <div class="field field-small">
            <label for="number">Numéro</label>
            <input id="number" name="number" type="text" inputMode="numeric" maxLength={6} value={values.number} />
          </div>
        </div>
        <div class="field">
          <label for="summary">Résumé</label>
          <p class="hint" id="summary-hint">
            Visible de tous, même quand la ressource est réservée aux adhérents.
          </p>
          <textarea id="summary" name="summary" rows={3} maxLength={600} aria-describedby="summary-hint" required>
            {values.summary}
          </textarea>
        </div>
        <div class="field">
          <label for="body">Texte</label>
          <textarea id="body" name="body" rows={14} data-rich-text>
            {values.body}
          </textarea>
        </div>
        {select(
          'visibility',
          'Accès',
          values.visibility,
          RESOURCE_VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v] })),
        )}
        <div class="field">
          <label for="date">Date de publication</label>
          <input id="date" name="date" type="date" value={values.date} />
        </div>
        <fieldset>
          <legend>Thématiques</legend>
          <ul class="checkbox-list">
            {props.themes.map((t) => (
              <li class="field checkbox">
                <input id={`theme-${t.slug}`} name="themes" type="checkbox" value={t.slug} checked={values.themes.includes(t.slug)} />
                <label for={`theme-${t.slug}`}>{t.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class="field">
          <label for="members">Adhérents concernés (facultatif)</label>
          <p class="hint" id="members-hint">
            Un adhérent par ligne, par son nom (Grand Poitiers, Région Nouvelle-Aquitaine). Ils sont cités sur la page de la ressource, et
            la ressource sur leur profil.
          </p>
          <textarea id="members" name="members" rows={3} aria-describedby="members-hint">
            {values.members}
          </textarea>
        </div>
        <div class="field">
          <label for="territories">Territoires concernés (facultatif)</label>
          <p class="hint" id="territories-hint">
            Un territoire par ligne : son nom officiel (Gironde, Grand Poitiers, Région Bretagne) ou son code tel qu’il apparaît à la fin de
            l’adresse de sa page (departement-86, 86194). La ressource sera listée sur la page de chaque territoire.
          </p>
          <textarea id="territories" name="territories" rows={3} aria-describedby="territories-hint">
            {values.territories}
          </textarea>
        </div>
        <fieldset>
          <legend>Fichiers</legend>
          {props.files.length > 0 && (
            <p class="hint">
              Déjà joints : {props.files.map((f) => `${f.title} (${fileLabel(f.contentType, f.byteSize)})`).join(' ; ')}. Renommez-les,
              changez leur ordre ou retirez-les sous ce formulaire.
            </p>
          )}
          <div class="field">
            <label for="file">Ajouter un fichier</label>
            <p class="hint" id="file-hint">
              PDF, Word, Excel, PowerPoint, OpenDocument ou image, 20 Mo au plus. Le contenu du fichier doit correspondre à son extension.
              Un fichier ajouté à une ressource publiée est en ligne dès l’enregistrement, même d’un brouillon.
            </p>
            <input
              id="file"
              name="file"
              type="file"
              aria-describedby="file-hint"
              accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.webp"
            />
          </div>
          <div class="field">
            <label for="file_title">Intitulé du fichier</label>
            <input id="file_title" name="file_title" type="text" maxLength={200} value={values.fileTitle} />
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" name="status" value="draft" class="button button-secondary">
            Enregistrer le brouillon
          </button>
          <button type="submit" name="status" value="published" class="button">
            Publier
          </button>
        </div>
        <p class="hint">
          {props.published
            ? '« Enregistrer le brouillon » garde vos changements sans toucher à la page publique ; « Publier » les met en ligne.'
            : '« Enregistrer le brouillon » garde la ressource invisible ; « Publier » la met en ligne (à la date de publication choisie).'}
        </p>
      </form>
      {props.resourceId !== undefined && <AttachmentManager csrf={props.frame.csrf} resourceId={props.resourceId} files={props.files} />}
      {props.resourceId !== undefined && props.published && (
        <section aria-labelledby="depublier">
          <h2 id="depublier">Retirer de la publication</h2>
          <p class="hint">
            La ressource n’est plus visible sur le site (page, listes, recherche, flux) ; elle redevient un brouillon, et son historique est
            conservé.
          </p>
          <form method="post" action={`/admin/ressources/${props.resourceId}/depublier`}>
            <CsrfField token={props.frame.csrf} />
            <button type="submit" class="button button-danger">
              Retirer de la publication
            </button>
          </form>
        </section>
      )}
    </AdminLayout>
  );
}

/** Sets the open draft of a published resource aside (resources.editing.ts, discardResourceDraft). */
function DiscardDraft(props: { frame: AdminFrame; resourceId: number }) {
  return (
    <form method="post" action={`/admin/ressources/${props.resourceId}/brouillon/abandonner`} class="inline-form">
      <CsrfField token={props.frame.csrf} />
      <button type="submit" class="button button-small button-secondary">
        Abandonner ce brouillon
      </button>
    </form>
  );
}
