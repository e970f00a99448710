/** The back office's member list: every member with the state of its profile, filters, links to each one's pages. */
import { Pagination, urlWith } from '../../../web/components.tsx';
import { formatDate, formatNumber, plural } from '../../../web/format.ts';
import { Notice } from '../../../web/forms.tsx';
import { AdminLayout, type AdminFrame } from '../../../web/admin/layout.tsx';
import type { AdminMemberRow } from './members.admin-repository.ts';
import { MEMBER_KIND_LABELS, MEMBER_KINDS } from '../members.schemas.ts';

export interface MemberListFilter {
  q: string;
  type: string;
  statut: string;
}

/** What an admin can do next with a member's profile. */
export function ProfileState(props: { row: AdminMemberRow }) {
  const { row } = props;
  if (row.submission_id !== null) return <a href={`/admin/moderation/${row.submission_id}`}>Modification à valider</a>;
  if (row.draft_id !== null) return <span>Brouillon en cours</span>;
  return <span class="muted">Aucune modification en attente</span>;
}

export function MemberListPage(props: {
  frame: AdminFrame;
  rows: AdminMemberRow[];
  total: number;
  page: number;
  pageCount: number;
  filter: MemberListFilter;
  notice?: string;
}) {
  const f = props.filter;
  const filtered = Boolean(f.q || f.type || f.statut);
  return (
    <AdminLayout frame={props.frame} title="Adhérents" current="adherents">
      <h1>Adhérents</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        <a class="button" href="/admin/adherents/nouveau">
          Ajouter un adhérent
        </a>
      </p>
      <form method="get" action="/admin/adherents" class="form filters member-filters">
        <div class="field-row">
          <div class="field">
            <label for="q">Nom</label>
            <input id="q" name="q" type="search" maxLength={100} value={f.q} />
          </div>
          <div class="field">
            <label for="type">Type de collectivité</label>
            <select id="type" name="type">
              <option value="">Tous les types</option>
              {MEMBER_KINDS.map((k) => (
                <option value={k} selected={k === f.type}>
                  {MEMBER_KIND_LABELS[k].many}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="statut">Statut</label>
            <select id="statut" name="statut">
              <option value="">Tous</option>
              <option value="active" selected={f.statut === 'active'}>
                Adhérents
              </option>
              <option value="former" selected={f.statut === 'former'}>
                Anciens adhérents
              </option>
            </select>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="button button-secondary">
            Filtrer
          </button>
          {filtered && <a href="/admin/adherents">Tout afficher</a>}
        </div>
      </form>
      <p class="result-count" role="status">
        {plural(props.total, 'adhérent')}
        {filtered ? ' correspondant aux filtres' : ''}
      </p>
      {props.rows.length > 0 && (
        <div class="table-scroll">
          <table class="data-table member-admin-table">
            <caption class="visually-hidden">Adhérents par ordre alphabétique, avec l’état de leur profil</caption>
            <thead>
              <tr>
                <th scope="col">Adhérent</th>
                <th scope="col">Territoire officiel</th>
                <th scope="col">Adhésion</th>
                <th scope="col">Dernière mise à jour</th>
                <th scope="col">Profil</th>
                <th scope="col">Rédacteurs</th>
                <th scope="col">Pages</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/adherents/${m.slug}`}>{m.name}</a>
                    <span class="muted member-admin-kind">
                      {m.status === 'former' && <span class="tag">ancien adhérent</span>}
                      {MEMBER_KIND_LABELS[m.kind].one}
                      {m.moderation === 'direct' ? ' · publication directe' : ''}
                    </span>
                  </th>
                  <td>
                    {m.territory_name ?? '—'} <span class="muted">({m.territory_code})</span>
                  </td>
                  <td>{m.joined_year ?? '—'}</td>
                  <td>{formatDate(m.content_updated_at)}</td>
                  <td>
                    <ProfileState row={m} />
                  </td>
                  <td>{formatNumber(m.editors)}</td>
                  <td class="member-admin-links">
                    <a href={`/admin/adherents/${m.slug}/profil`}>
                      Profil<span class="visually-hidden"> de {m.name}</span>
                    </a>
                    {' · '}
                    <a href={`/admin/adherents/${m.slug}/historique`}>
                      Historique<span class="visually-hidden"> de {m.name}</span>
                    </a>
                    {' · '}
                    <a href={`/adherents/${m.slug}`}>
                      Page publique<span class="visually-hidden"> de {m.name}</span>
                    </a>
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
        href={(p) => urlWith('/admin/adherents', { q: f.q, type: f.type, statut: f.statut, page: p > 1 ? p : undefined })}
      />
    </AdminLayout>
  );
}
