/** Back-office pages of a resource's history: its versions, the comparison of two, and restore. */
import { RestoreForm, VersionPicker } from '../../../web/admin/history.tsx';
import { AdminLayout, type AdminFrame } from '../../../web/admin/layout.tsx';
import { Notice } from '../../../web/forms.tsx';
import type { VersionDiff } from '../../revisions/revisions.public.ts';
import { DiffView } from '../../revisions/revisions.public.ts';
import type { RevisionState } from '../../revisions/revisions.public.ts';

export interface ResourceHistoryRow {
  id: number;
  created_at: string;
  author: string;
  origin: string;
  state: RevisionState;
  /** The version online now. */
  live: boolean;
}

/** Resources are not moderated: submitted and rejected never occur, but are named all the same. */
const STATE_LABELS: Record<RevisionState, string> = {
  draft: 'Brouillon en cours',
  published: 'Publiée',
  superseded: 'Brouillon remplacé',
  submitted: 'En attente de validation',
  rejected: 'Refusée',
};
const ORIGIN_LABELS: Record<string, string> = {
  snapshot: 'Contenu existant',
  create: 'Création',
  edit: 'Modification',
  restore: 'Restauration',
};

const stateOf = (r: ResourceHistoryRow) => (r.live ? 'En ligne' : STATE_LABELS[r.state]);

function Breadcrumb(props: { id: number; title: string; current: string; history?: boolean }) {
  return (
    <nav class="breadcrumb" aria-label="Fil d’Ariane">
      <ol>
        <li>
          <a href="/admin/ressources">Ressources</a>
        </li>
        <li>
          <a href={`/admin/ressources/${props.id}`}>{props.title}</a>
        </li>
        {props.history && (
          <li>
            <a href={`/admin/ressources/${props.id}/historique`}>Historique</a>
          </li>
        )}
        <li aria-current="page">{props.current}</li>
      </ol>
    </nav>
  );
}

export function ResourceHistoryPage(props: {
  frame: AdminFrame;
  resource: { id: number; title: string; slug: string; published: boolean };
  rows: ResourceHistoryRow[];
  notice?: string;
}) {
  const { rows, frame, resource } = props;
  const base = `/admin/ressources/${resource.id}`;
  const restorable = rows.filter((r) => r.state !== 'draft');
  return (
    <AdminLayout frame={frame} title={`Historique — ${resource.title}`} current="ressources">
      <Breadcrumb id={resource.id} title={resource.title} current="Historique" />
      <h1>Historique : {resource.title}</h1>
      <p class="admin-links">
        <a href={base}>Modifier la ressource</a>
        {resource.published && (
          <>
            {' '}
            · <a href={`/ressources/${resource.slug}`}>Voir la page publique</a>
          </>
        )}
      </p>
      {props.notice && <Notice>{props.notice}</Notice>}
      <VersionPicker
        action={`${base}/historique/comparer`}
        caption="Versions de la ressource, de la plus récente à la plus ancienne"
        rows={rows.map((r) => ({
          ...r,
          origin: ORIGIN_LABELS[r.origin] ?? r.origin,
          state: r.live ? <strong>{stateOf(r)}</strong> : stateOf(r),
        }))}
      />
      {restorable.length > 0 && (
        <RestoreForm
          action={`${base}/historique/restaurer`}
          csrf={frame.csrf}
          versions={restorable.map((r) => ({ ...r, state: stateOf(r) }))}
          hint="La version choisie devient un nouveau brouillon (à relire avant de le publier) ou est publiée tout de suite, comme une nouvelle version : l’historique garde tout. Les fichiers joints ne changent pas."
          buttons={
            <>
              <button type="submit" name="mode" value="brouillon" class="button button-secondary">
                Restaurer comme brouillon
              </button>
              <button type="submit" name="mode" value="publier" class="button">
                Restaurer et publier
              </button>
            </>
          }
        />
      )}
    </AdminLayout>
  );
}

export function ResourceComparePage(props: {
  frame: AdminFrame;
  resource: { id: number; title: string };
  from: number;
  to: number;
  diff: VersionDiff;
}) {
  return (
    <AdminLayout frame={props.frame} title={`Comparaison de versions — ${props.resource.title}`} current="ressources">
      <Breadcrumb id={props.resource.id} title={props.resource.title} current="Comparaison" history />
      <h1>
        Version n° {props.from} → version n° {props.to}
      </h1>
      <h2>Ce qui a changé</h2>
      <DiffView diff={props.diff} />
    </AdminLayout>
  );
}
