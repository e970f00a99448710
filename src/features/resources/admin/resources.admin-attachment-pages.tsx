/**
 * The files of a resource in the back office: one row per file with its own small forms (rename,
 * move up, move down) and a link to confirm its removal; and the confirmation page. Every control
 * names the file it acts on, for people who hear the page rather than see it.
 */
import { AdminLayout, type AdminFrame } from '../../../web/admin/layout.tsx';
import { CsrfField, ErrorSummary } from '../../../web/forms.tsx';
import { ATTACHMENT_TITLE_MAX } from '../resources.attachments.ts';
import { fileLabel } from '../resources.present.ts';

export interface AdminFile {
  id: number;
  title: string;
  filename: string;
  contentType: string;
  byteSize: number;
}

export function AttachmentManager(props: { csrf: string; resourceId: number; files: AdminFile[] }) {
  const base = `/admin/ressources/${props.resourceId}/fichiers`;
  const count = props.files.length;
  return (
    <section aria-labelledby="fichiers-joints">
      <h2 id="fichiers-joints">Fichiers joints</h2>
      {count === 0 ? (
        <p>Aucun fichier pour le moment ; ajoutez-en un avec le formulaire ci-dessus.</p>
      ) : (
        <>
          <p class="hint">
            Ces changements s’appliquent tout de suite à la page publique, sans passer par un brouillon. Les fichiers y sont présentés dans
            cet ordre.
          </p>
          <ol class="attachment-list">
            {props.files.map((f, i) => (
              <li class="attachment-row">
                <p>
                  <strong>{f.title}</strong>{' '}
                  <span class="muted">
                    — {f.filename} ({fileLabel(f.contentType, f.byteSize)}), position {i + 1} sur {count}
                  </span>
                </p>
                <div class="inline-actions">
                  <form method="post" action={`${base}/renommer`} class="inline-form">
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="fichier" value={String(f.id)} />
                    <label for={`file-title-${f.id}`}>Intitulé de « {f.title} »</label>
                    <input id={`file-title-${f.id}`} name="title" type="text" required maxLength={ATTACHMENT_TITLE_MAX} value={f.title} />
                    <button type="submit" class="button button-secondary button-small" aria-label={`Renommer « ${f.title} »`}>
                      Renommer
                    </button>
                  </form>
                  <form method="post" action={`${base}/deplacer`} class="inline-form">
                    <CsrfField token={props.csrf} />
                    <input type="hidden" name="fichier" value={String(f.id)} />
                    <button
                      type="submit"
                      name="sens"
                      value="haut"
                      class="button button-secondary button-small"
                      aria-label={`Monter « ${f.title} »`}
                      disabled={i === 0}
                    >
                      Monter
                    </button>
                    <button
                      type="submit"
                      name="sens"
                      value="bas"
                      class="button button-secondary button-small"
                      aria-label={`Descendre « ${f.title} »`}
                      disabled={i === count - 1}
                    >
                      Descendre
                    </button>
                  </form>
                  <a
                    class="button button-danger button-small"
                    href={`${base}/retirer?fichier=${f.id}`}
                    aria-label={`Retirer « ${f.title} »`}
                  >
                    Retirer
                  </a>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

export function AttachmentRemovePage(props: {
  frame: AdminFrame;
  resource: { id: number; title: string };
  file: { id: number; title: string; filename: string };
  problems?: string[];
}) {
  const { resource, file } = props;
  const back = `/admin/ressources/${resource.id}`;
  return (
    <AdminLayout frame={props.frame} title={`Retirer « ${file.title} »`} current="ressources">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin/ressources">Ressources</a>
          </li>
          <li>
            <a href={back}>{resource.title}</a>
          </li>
          <li aria-current="page">Retirer un fichier</li>
        </ol>
      </nav>
      <h1>Retirer « {file.title} » ?</h1>
      <ErrorSummary problems={props.problems ?? []} />
      <p>
        Le fichier <strong>{file.filename}</strong> ne sera plus proposé sur la page de la ressource « {resource.title} », ni dans l’API.
        Ses octets sont supprimés s’ils ne servent nulle part ailleurs.
      </p>
      <p>Pour le proposer de nouveau, il faudra le déposer à nouveau.</p>
      <form method="post" action={`${back}/fichiers/retirer`} class="form-actions">
        <CsrfField token={props.frame.csrf} />
        <input type="hidden" name="fichier" value={String(file.id)} />
        <button type="submit" class="button button-danger">
          Retirer « {file.title} »
        </button>
        <a class="button button-secondary" href={back}>
          Annuler
        </a>
      </form>
    </AdminLayout>
  );
}
