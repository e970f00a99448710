/** Back-office pages of a profile's versions and of moderation: history, comparison, the queue, one submission. */
import { ModerationDecision } from '../../../web/admin/moderation.tsx';
import type { AdminFrame } from '../../../web/admin/layout.tsx';
import { RestoreForm, ReviewedState, VersionPicker } from '../../../web/admin/history.tsx';
import { AdminLayout } from '../../../web/admin/layout.tsx';
import { Notice } from '../../../web/forms.tsx';
import { formatLongDate } from '../../../web/format.ts';
import { can } from '../../accounts/accounts.public.ts';
import type { VersionDiff } from '../../revisions/revisions.public.ts';
import { DiffView, STATE_LABELS, type HistoryRow } from '../../revisions/revisions.public.ts';
import type { MemberRow } from '../members.table.ts';

const ORIGIN_LABELS: Record<string, string> = {
  demo: 'Contenu de démonstration',
  import: 'Import de l’ancien site',
  snapshot: 'Version en ligne',
  edit: 'Modification',
  restore: 'Restauration',
};

export function HistoryPage(props: { frame: AdminFrame; member: MemberRow; rows: HistoryRow[]; notice?: string }) {
  const { member, rows, frame } = props;
  const admin = can(frame.actor, 'network.admin');
  const base = `/admin/adherents/${member.slug}`;
  return (
    <AdminLayout frame={frame} title={`Historique — ${member.name}`} current="profil">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href={`${base}/profil`}>Profil de {member.name}</a>
          </li>
          <li aria-current="page">Historique</li>
        </ol>
      </nav>
      <h1>Historique du profil : {member.name}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <VersionPicker
        action={`${base}/historique/comparer`}
        caption="Versions du profil, de la plus récente à la plus ancienne"
        rows={rows.map((r) => ({
          ...r,
          origin: ORIGIN_LABELS[r.origin] ?? r.origin,
          state: <ReviewedState label={STATE_LABELS[r.state]} comment={r.review_comment} reviewer={r.reviewer_name} />,
        }))}
      />
      {admin && rows.length > 0 && (
        <RestoreForm
          action={`${base}/historique/restaurer`}
          csrf={frame.csrf}
          versions={rows.map((r) => ({ ...r, state: STATE_LABELS[r.state] }))}
          hint="La version choisie est publiée de nouveau, comme une nouvelle version : l’historique garde tout."
        />
      )}
    </AdminLayout>
  );
}

export function ComparePage(props: { frame: AdminFrame; member: MemberRow; from: number; to: number; diff: VersionDiff }) {
  const base = `/admin/adherents/${props.member.slug}`;
  return (
    <AdminLayout frame={props.frame} title={`Comparaison de versions — ${props.member.name}`} current="profil">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href={`${base}/historique`}>Historique de {props.member.name}</a>
          </li>
          <li aria-current="page">Comparaison</li>
        </ol>
      </nav>
      <h1>
        Version n° {props.from} → version n° {props.to}
      </h1>
      <h2>Ce qui a changé</h2>
      <DiffView diff={props.diff} />
    </AdminLayout>
  );
}

export function ModerationQueuePage(props: {
  frame: AdminFrame;
  rows: { id: number; created_at: string; author: string; member_name: string; member_slug: string }[];
  /** News submissions (news.editing.ts). */
  news?: { news_id: number; title: string; created_at: string; author: string; member_name: string | null }[];
  notice?: string;
}) {
  return (
    <AdminLayout frame={props.frame} title="Modération" current="moderation">
      <h1>Modifications en attente de validation</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.rows.length === 0 ? (
        <p>Aucune modification n’attend de validation.</p>
      ) : (
        <ul class="admin-list">
          {props.rows.map((r) => (
            <li>
              <a href={`/admin/moderation/${r.id}`}>Profil de {r.member_name}</a> — soumis le {formatLongDate(r.created_at)} par {r.author}
            </li>
          ))}
        </ul>
      )}
      <h2>Actualités en attente de validation</h2>
      {!props.news?.length ? (
        <p>Aucune actualité n’attend de validation.</p>
      ) : (
        <ul class="admin-list">
          {props.news.map((n) => (
            <li>
              <a href={`/admin/actualites/${n.news_id}/moderation`}>{n.title}</a>
              {n.member_name ? ` (${n.member_name})` : ''} — soumise le {formatLongDate(n.created_at)} par {n.author}
            </li>
          ))}
        </ul>
      )}
    </AdminLayout>
  );
}

export function ModerationItemPage(props: {
  frame: AdminFrame;
  member: MemberRow;
  revisionId: number;
  author: string;
  submittedAt: string;
  diff: VersionDiff;
  problems?: string[];
  comment?: string;
}) {
  const action = `/admin/moderation/${props.revisionId}`;
  return (
    <AdminLayout frame={props.frame} title={`Modération — ${props.member.name}`} current="moderation">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href="/admin/moderation">Modération</a>
          </li>
          <li aria-current="page">{props.member.name}</li>
        </ol>
      </nav>
      <h1>
        Profil de {props.member.name} : modification n° {props.revisionId}
      </h1>
      <p>
        Soumise le {formatLongDate(props.submittedAt)} par {props.author}.{' '}
        <a href={`/admin/moderation/${props.revisionId}/apercu`}>Voir l’aperçu de la page</a>
      </p>
      <h2>Ce qui change par rapport à la version en ligne</h2>
      <DiffView diff={props.diff} />
      <ModerationDecision action={action} csrf={props.frame.csrf} problems={props.problems} comment={props.comment} />
    </AdminLayout>
  );
}
