/** Back-office pages of a news item's versions: its history, a comparison, the review of a submission. */
import { ModerationDecision } from '../../../web/admin/moderation.tsx';
import type { AdminFrame } from '../../../web/admin/layout.tsx';
import { AdminLayout } from '../../../web/admin/layout.tsx';
import { RestoreForm, ReviewedState, VersionPicker } from '../../../web/admin/history.tsx';
import { Notice } from '../../../web/forms.tsx';
import { formatLongDate } from '../../../web/format.ts';
import { can } from '../../accounts/accounts.public.ts';
import type { VersionDiff } from '../../revisions/revisions.public.ts';
import { DiffView, STATE_LABELS, type HistoryRow } from '../../revisions/revisions.public.ts';

const ORIGIN_LABELS: Record<string, string> = { snapshot: 'Version en ligne', edit: 'Modification', restore: 'Restauration' };

export function NewsHistoryPage(props: {
  frame: AdminFrame;
  base: string;
  newsId: number;
  title: string;
  rows: HistoryRow[];
  notice?: string;
}) {
  const { rows, frame } = props;
  const item = `${props.base}/${props.newsId}`;
  return (
    <AdminLayout frame={frame} title={`Historique — ${props.title}`} current="actualites">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href={props.base}>Actualités</a>
          </li>
          <li>
            <a href={item}>{props.title}</a>
          </li>
          <li aria-current="page">Historique</li>
        </ol>
      </nav>
      <h1>Historique : {props.title}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <VersionPicker
        action={`${item}/historique/comparer`}
        caption="Versions de l’actualité, de la plus récente à la plus ancienne"
        rows={rows.map((r) => ({
          ...r,
          origin: ORIGIN_LABELS[r.origin] ?? r.origin,
          state: <ReviewedState label={STATE_LABELS[r.state]} comment={r.review_comment} reviewer={r.reviewer_name} />,
        }))}
      />
      {can(frame.actor, 'network.admin') && rows.length > 0 && (
        <RestoreForm
          action={`/admin/actualites/${props.newsId}/historique/restaurer`}
          csrf={frame.csrf}
          versions={rows.map((r) => ({ ...r, state: STATE_LABELS[r.state] }))}
          hint="La version choisie est publiée de nouveau, comme une nouvelle version : l’historique garde tout."
        />
      )}
    </AdminLayout>
  );
}

export function NewsComparePage(props: {
  frame: AdminFrame;
  base: string;
  newsId: number;
  title: string;
  from: number;
  to: number;
  diff: VersionDiff;
}) {
  return (
    <AdminLayout frame={props.frame} title={`Comparaison de versions — ${props.title}`} current="actualites">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href={props.base}>Actualités</a>
          </li>
          <li>
            <a href={`${props.base}/${props.newsId}/historique`}>Historique de « {props.title} »</a>
          </li>
          <li aria-current="page">Comparaison</li>
        </ol>
      </nav>
      <h1>
        Version n° {props.from} → version n° {props.to}
      </h1>
      <DiffView diff={props.diff} />
    </AdminLayout>
  );
}

export function NewsModerationPage(props: {
  frame: AdminFrame;
  newsId: number;
  revisionId: number;
  title: string;
  memberName: string | null;
  author: string;
  submittedAt: string;
  diff: VersionDiff;
  problems?: string[];
  comment?: string;
}) {
  const action = `/admin/actualites/${props.newsId}/moderation`;
  return (
    <AdminLayout frame={props.frame} title={`Modération — ${props.title}`} current="moderation">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href="/admin/moderation">Modération</a>
          </li>
          <li aria-current="page">{props.title}</li>
        </ol>
      </nav>
      <h1>Actualité : {props.title}</h1>
      <p>
        Version n° {props.revisionId}
        {props.memberName ? ` (${props.memberName})` : ''}, soumise le {formatLongDate(props.submittedAt)} par {props.author}.{' '}
        <a href={`/admin/actualites/${props.newsId}/apercu`}>Voir l’aperçu de la page</a>
      </p>
      <h2>Ce qui change par rapport à la version en ligne</h2>
      <DiffView diff={props.diff} />
      <ModerationDecision action={action} csrf={props.frame.csrf} problems={props.problems} comment={props.comment} />
    </AdminLayout>
  );
}
