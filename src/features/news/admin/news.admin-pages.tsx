/** Back-office pages of news: the list, the editor, the history, the comparison and the review of a submission. */
import type { AdminFrame } from '../../../web/admin/layout.tsx';
import { AdminLayout } from '../../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../../web/forms.tsx';
import { Pagination } from '../../../web/components.tsx';
import { formatDate, formatDateTime } from '../../../web/format.ts';
import { ALT_MAX } from './news.alt-text.ts';
import { SUMMARY_MAX, TITLE_MAX } from '../news.content.ts';

export interface NewsListRow {
  id: number;
  title: string;
  status: 'draft' | 'published';
  published_at: string;
  member_name: string | null;
  open_state: string | null;
  last_state: string | null;
  slug: string;
}

/** The state of an item in words, from its status, publication date and open revisions. */
export function stateLabel(row: NewsListRow, now = new Date().toISOString()): string {
  if (row.open_state === 'submitted')
    return row.status === 'published' ? 'Publiée — modification en attente de validation' : 'En attente de validation';
  if (row.status === 'draft') return row.last_state === 'rejected' ? 'Refusée — à reprendre' : 'Brouillon';
  const online = row.published_at > now ? `Programmée pour le ${formatDateTime(row.published_at)}` : 'Publiée';
  return row.open_state === 'draft' ? `${online} — brouillon en cours` : online;
}

export function NewsAdminListPage(props: {
  frame: AdminFrame;
  heading: string;
  base: string;
  rows: NewsListRow[];
  total: number;
  page: number;
  pageCount: number;
  notice?: string;
  showMember: boolean;
}) {
  return (
    <AdminLayout frame={props.frame} title={props.heading} current="actualites">
      <h1>{props.heading}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        <a class="button" href={`${props.base}/nouvelle`}>
          Écrire une actualité
        </a>
      </p>
      {props.rows.length === 0 ? (
        <p>Aucune actualité pour le moment.</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table">
            <caption>{props.total === 1 ? '1 actualité' : `${props.total} actualités`}, de la plus récente à la plus ancienne</caption>
            <thead>
              <tr>
                <th scope="col">Titre</th>
                {props.showMember && <th scope="col">Adhérent</th>}
                <th scope="col">État</th>
                <th scope="col">Date de publication</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`${props.base}/${r.id}`}>{r.title}</a>
                  </th>
                  {props.showMember && <td>{r.member_name ?? <span class="muted">Réseau</span>}</td>}
                  <td>{stateLabel(r)}</td>
                  <td>{r.status === 'published' ? formatDate(r.published_at) : '—'}</td>
                  <td>
                    <a href={`${props.base}/${r.id}/historique`}>
                      Historique<span class="visually-hidden"> de « {r.title} »</span>
                    </a>
                    {r.status === 'published' && (
                      <>
                        {' '}
                        ·{' '}
                        <a href={`/actualites/${r.slug}`}>
                          Page publique<span class="visually-hidden"> de « {r.title} »</span>
                        </a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        label="Pages des actualités"
        href={(p) => (p > 1 ? `${props.base}?page=${p}` : props.base)}
      />
    </AdminLayout>
  );
}

/** Raw form values, so that a refused form comes back exactly as typed. */
export interface NewsFormValues {
  title: string;
  summary: string;
  body: string;
  date: string;
  time: string;
  image: { key: string; url: string; width: number | null; height: number | null } | null;
  imageAlt: string;
  memberIds: number[];
  themeIds: number[];
}

export interface NewsEditStatus {
  from: 'new' | 'draft' | 'submitted' | 'rejected' | 'published';
  savedAt?: string;
  savedBy?: string;
  rejection?: { at: string; comment: string; by: string | null } | null;
  live?: { status: 'draft' | 'published'; slug: string; publishedAt: string };
}

export function NewsEditPage(props: {
  frame: AdminFrame;
  heading: string;
  action: string;
  base: string;
  values: NewsFormValues;
  status: NewsEditStatus;
  direct: boolean;
  /** Members the item may be linked to (admins only); editors link to their member. */
  members: { id: number; name: string }[] | null;
  /** For editors: the members the item is linked to, in words (they do not change them). */
  ownMember: string | null;
  themes: { id: number; name: string }[];
  problems?: string[];
  notice?: string;
  newsId?: number;
}) {
  const { values, frame, status } = props;
  return (
    <AdminLayout frame={frame} title={props.heading} current="actualites" richText>
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href={props.base}>Actualités</a>
          </li>
          <li aria-current="page">{props.heading}</li>
        </ol>
      </nav>
      <h1>{props.heading}</h1>
      {props.newsId !== undefined && (
        <p class="admin-links">
          <a href={`${props.base}/${props.newsId}/historique`}>Historique des versions</a>
          {status.live?.status === 'published' && (
            <>
              {' '}
              · <a href={`/actualites/${status.live.slug}`}>Voir la page publique</a>
            </>
          )}
        </p>
      )}
      {props.notice && <Notice>{props.notice}</Notice>}
      {status.rejection && (
        <div class="notice notice-warning" role="status">
          <strong>
            Cette actualité a été refusée le {formatDate(status.rejection.at)}
            {status.rejection.by ? ` par ${status.rejection.by}` : ''}.
          </strong>{' '}
          Commentaire du réseau :<blockquote>{status.rejection.comment}</blockquote>
        </div>
      )}
      {status.from === 'draft' && (
        <p class="status-line">
          Vous reprenez le brouillon enregistré le {formatDate(status.savedAt!)} par {status.savedBy}. Il n’est pas encore{' '}
          {props.direct ? 'publié' : 'soumis'}.
        </p>
      )}
      {status.from === 'submitted' && (
        <p class="status-line">
          Une version soumise le {formatDate(status.savedAt!)} par {status.savedBy} attend la validation du réseau. Vous pouvez la compléter
          et la soumettre à nouveau.
        </p>
      )}
      {status.from === 'rejected' && (
        <p class="status-line">
          Vous reprenez la version refusée, enregistrée le {formatDate(status.savedAt!)} par {status.savedBy}, pour la corriger.
        </p>
      )}
      {status.from === 'published' && <p class="status-line">Vous partez de la version en ligne.</p>}
      {status.live?.status === 'published' && props.newsId !== undefined && (
        <form method="post" action={`${props.base}/${props.newsId}/depublier`} class="inline-form unpublish">
          <CsrfField token={frame.csrf} />
          <button type="submit" class="button button-small button-secondary">
            Retirer de la publication
          </button>
          <span class="hint"> L’actualité quitte le site ; ses versions restent dans l’historique.</span>
        </form>
      )}
      <ErrorSummary problems={props.problems ?? []} />
      {/* The body's intertitles are h3 (the editor's): they sit under this heading. */}
      <h2>Contenu</h2>
      <form method="post" action={props.action} class="form news-form" enctype="multipart/form-data">
        <CsrfField token={frame.csrf} />
        <div class="field">
          <label for="title">Titre</label>
          <input id="title" name="title" type="text" required maxLength={TITLE_MAX} value={values.title} />
        </div>
        <div class="field">
          <label for="summary">Résumé</label>
          <p class="hint" id="summary-hint">
            Une ou deux phrases : elles apparaissent dans les listes, les flux et les résultats de recherche.
          </p>
          <textarea id="summary" name="summary" rows={3} maxLength={SUMMARY_MAX} aria-describedby="summary-hint" required>
            {values.summary}
          </textarea>
        </div>
        <div class="field">
          <label for="body">Texte</label>
          <textarea id="body" name="body" rows={16} data-rich-text>
            {values.body}
          </textarea>
        </div>
        <fieldset>
          <legend>Image (facultative)</legend>
          {values.image && (
            <div class="news-image-current">
              <img src={values.image.url} alt="" width={values.image.width ?? undefined} height={values.image.height ?? undefined} />
              <input type="hidden" name="image_key" value={values.image.key} />
              <div class="field checkbox">
                <input id="image_remove" name="image_remove" type="checkbox" value="1" />
                <label for="image_remove">Retirer l’image</label>
              </div>
            </div>
          )}
          <div class="field">
            <label for="image">{values.image ? 'Remplacer par une autre image' : 'Choisir une image'}</label>
            <p class="hint" id="image-hint">
              JPEG, PNG ou WebP, 5 Mo au plus.
            </p>
            <input id="image" name="image" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="image-hint" />
          </div>
          <div class="field">
            <label for="image_alt">Texte alternatif de l’image</label>
            <p class="hint" id="alt-hint">
              Obligatoire avec une image : décrivez ce qu’elle montre pour les personnes qui ne la voient pas (par exemple « Les bénévoles
              de la recyclerie trient des vêtements »). Pas de nom de fichier, pas de « image ».
            </p>
            <input id="image_alt" name="image_alt" type="text" maxLength={ALT_MAX} value={values.imageAlt} aria-describedby="alt-hint" />
          </div>
        </fieldset>
        <fieldset>
          <legend>Date de publication</legend>
          <p class="hint" id="date-hint">
            Heure de Paris. Laissez vide pour publier dès la validation ; une date future programme la publication : l’actualité
            n’apparaîtra qu’à ce moment-là.
          </p>
          <div class="field-row">
            <div class="field">
              <label for="date">Date</label>
              <input id="date" name="date" type="date" value={values.date} aria-describedby="date-hint" />
            </div>
            <div class="field field-small">
              <label for="time">Heure</label>
              <input id="time" name="time" type="time" value={values.time} />
            </div>
          </div>
        </fieldset>
        {props.members ? (
          <fieldset>
            <legend>Adhérents concernés</legend>
            <ul class="checkbox-list member-choices">
              {props.members.map((m) => (
                <li class="field checkbox">
                  <input
                    id={`member-${m.id}`}
                    name="members"
                    type="checkbox"
                    value={String(m.id)}
                    checked={values.memberIds.includes(m.id)}
                  />
                  <label for={`member-${m.id}`}>{m.name}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : (
          <p>
            Adhérents concernés : <strong>{props.ownMember}</strong>.
          </p>
        )}
        <fieldset>
          <legend>Thématiques</legend>
          <ul class="checkbox-list">
            {props.themes.map((t) => (
              <li class="field checkbox">
                <input id={`theme-${t.id}`} name="themes" type="checkbox" value={String(t.id)} checked={values.themeIds.includes(t.id)} />
                <label for={`theme-${t.id}`}>{t.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class="form-actions">
          <button type="submit" name="action" value="save" class="button button-secondary">
            Enregistrer le brouillon
          </button>
          <button type="submit" name="action" value="preview" class="button button-secondary">
            Aperçu
          </button>
          <button type="submit" name="action" value="submit" class="button">
            {props.direct ? 'Publier' : 'Soumettre au réseau'}
          </button>
        </div>
        <p class="hint">
          {props.direct
            ? '« Publier » met l’actualité en ligne (à la date choisie).'
            : '« Soumettre au réseau » envoie l’actualité à l’équipe du réseau, qui la valide avant sa mise en ligne.'}
        </p>
      </form>
    </AdminLayout>
  );
}
