/** Back-office pages of the admin feature: the dashboard and accounts (the logs: admin.log-pages.tsx). */
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { formatDate, formatLongDate, formatNumber, plural } from '../../web/format.ts';
import { can, ROLE_LABELS, ROLES, type Role } from '../accounts/accounts.public.ts';
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';

import type { RevisionState } from '../revisions/revisions.public.ts';

import { RESPONSE_STATUS_LABELS, type ResponseStatus } from '../campaigns/campaigns.public.ts';

export interface DashboardData {
  queue: { id: number; created_at: string; author: string; member_name: string }[];
  newsQueue: { news_id: number; title: string; created_at: string; author: string; member_name: string | null }[];
  stale: { slug: string; name: string; content_updated_at: string; reminded_at: string | null; editors: number; moderation?: string }[];
  own: {
    slug: string;
    name: string;
    updatedAt: string;
    moderation: string;
    state: RevisionState | null;
    stateAt: string | null;
    comment: string | null;
  } | null;
  /** The open campaigns the editor's member is asked to answer. */
  campaigns: { id: number; title: string; deadline: string; status: ResponseStatus }[];
  sessions: number;
  smtp: boolean;
}

function ageText(iso: string, now: Date): string {
  const months = (now.getUTCFullYear() - new Date(iso).getUTCFullYear()) * 12 + now.getUTCMonth() - new Date(iso).getUTCMonth();
  if (months < 1) return 'moins d’un mois';
  if (months < 24) return plural(months, 'mois', 'mois');
  return plural(Math.floor(months / 12), 'an');
}

export function DashboardPage(props: { frame: AdminFrame; data: DashboardData; notice?: string }) {
  const { frame, data } = props;
  const admin = can(frame.actor, 'network.admin');
  const now = new Date();
  return (
    <AdminLayout frame={frame} title="Espace adhérents" current="tableau">
      <h1>Bonjour {frame.actor.name}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      {data.own && (
        <section aria-labelledby="notre-profil">
          <h2 id="notre-profil">Le profil de {data.own.name}</h2>
          <p>
            Dernière mise à jour publiée : {formatLongDate(data.own.updatedAt)} ({ageText(data.own.updatedAt, now)}).
            {data.own.state === 'draft' && ' Un brouillon est en cours.'}
            {data.own.state === 'submitted' &&
              ` Une modification soumise le ${formatDate(data.own.stateAt!)} attend la validation du réseau.`}
          </p>
          {data.own.state === 'rejected' && data.own.comment && (
            <div class="notice notice-warning" role="status">
              <strong>Votre dernière modification a été refusée.</strong> Commentaire du réseau :{' '}
              <blockquote>{data.own.comment}</blockquote>
            </div>
          )}
          <p class="admin-links">
            <a class="button" href={`/admin/adherents/${data.own.slug}/profil`}>
              Mettre à jour le profil
            </a>{' '}
            <a href={`/admin/adherents/${data.own.slug}/historique`}>Historique des versions</a> ·{' '}
            <a href={`/adherents/${data.own.slug}`}>Page publique</a>
          </p>
          <p class="hint">
            {data.own.moderation === 'direct'
              ? 'Vos modifications sont publiées dès que vous les publiez.'
              : 'Vos modifications sont relues par l’équipe du réseau avant leur mise en ligne.'}
          </p>
        </section>
      )}
      {data.own && data.campaigns.length > 0 && (
        <section aria-labelledby="campagnes">
          <h2 id="campagnes">Questionnaires du réseau</h2>
          <ul>
            {data.campaigns.map((c) => (
              <li>
                <a href={`/admin/adherents/${data.own!.slug}/campagnes/${c.id}`}>{c.title}</a> — à envoyer avant le {formatDate(c.deadline)}{' '}
                · {RESPONSE_STATUS_LABELS[c.status]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {frame.actor.role === 'reader' && (
        <p>Votre compte de lecteur vous donne accès aux contenus réservés aux adhérents du réseau, signalés sur le site.</p>
      )}
      {admin && (
        <>
          <section aria-labelledby="a-valider">
            <h2 id="a-valider">À valider ({formatNumber(data.queue.length + data.newsQueue.length)})</h2>
            {data.queue.length + data.newsQueue.length === 0 ? (
              <p>Aucune modification n’attend de validation.</p>
            ) : (
              <ul class="admin-list">
                {data.queue.slice(0, 10).map((q) => (
                  <li>
                    <a href={`/admin/moderation/${q.id}`}>Profil de {q.member_name}</a> — soumis le {formatDate(q.created_at)} par{' '}
                    {q.author}
                  </li>
                ))}
                {data.newsQueue.slice(0, 10).map((n) => (
                  <li>
                    <a href={`/admin/actualites/${n.news_id}/moderation`}>Actualité « {n.title} »</a>
                    {n.member_name ? ` (${n.member_name})` : ''} — soumise le {formatDate(n.created_at)} par {n.author}
                  </li>
                ))}
              </ul>
            )}
            {data.queue.length + data.newsQueue.length > 20 && (
              <p>
                <a href="/admin/moderation">Toute la file de modération</a>
              </p>
            )}
          </section>
          <section aria-labelledby="anciens">
            <h2 id="anciens">Profils les plus anciens</h2>
            {!data.smtp && (
              <p class="hint">
                Aucun serveur d’envoi n’est configuré (SMTP_URL) : les rappels sont conservés dans les{' '}
                <a href="/admin/envois">courriels envoyés</a>.
              </p>
            )}
            <div class="table-scroll">
              <table class="data-table">
                <caption class="visually-hidden">Profils classés par ancienneté de leur dernière mise à jour</caption>
                <thead>
                  <tr>
                    <th scope="col">Adhérent</th>
                    <th scope="col">Dernière mise à jour</th>
                    <th scope="col">Dernier rappel</th>
                    <th scope="col">Rédacteurs</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {data.stale.map((m) => (
                    <tr>
                      <th scope="row">
                        <a href={`/admin/adherents/${m.slug}/profil`}>{m.name}</a>
                      </th>
                      <td>
                        {formatDate(m.content_updated_at)} <span class="muted">({ageText(m.content_updated_at, now)})</span>
                      </td>
                      <td>{m.reminded_at ? formatDate(m.reminded_at) : '—'}</td>
                      <td>{m.editors}</td>
                      <td>
                        {m.editors > 0 ? (
                          <form method="post" action={`/admin/adherents/${m.slug}/rappel`} class="inline-form">
                            <CsrfField token={frame.csrf} />
                            <button type="submit" class="button button-small">
                              Envoyer un rappel<span class="visually-hidden"> à {m.name}</span>
                            </button>
                          </form>
                        ) : (
                          <a href="/admin/comptes">Inviter un rédacteur</a>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <section aria-labelledby="mon-compte">
        <h2 id="mon-compte">Mon compte</h2>
        <p>
          {frame.actor.email} — {ROLE_LABELS[frame.actor.role]}. {plural(data.sessions, 'session ouverte', 'sessions ouvertes')}.
        </p>
        {data.sessions > 1 && (
          <form method="post" action="/admin/compte/sessions" class="inline-form">
            <CsrfField token={frame.csrf} />
            <button type="submit" class="button button-secondary">
              Fermer mes autres sessions
            </button>
          </form>
        )}
      </section>
    </AdminLayout>
  );
}

export interface UserListRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'disabled';
  member_id: number | null;
  member_name: string | null;
  last_login_at: string | null;
  locked_until: string | null;
  password_hash: string | null;
}

export interface InviteValues {
  email: string;
  name: string;
  role: string;
  member: string;
}

export function UsersPage(props: {
  frame: AdminFrame;
  users: UserListRow[];
  members: { id: number; name: string }[];
  invite: InviteValues;
  problems?: string[];
  notice?: string;
  link?: string;
}) {
  const { frame } = props;
  const memberSelect = (id: string, name: string, selected: string, label: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">— aucun (administrateur) —</option>
        {props.members.map((m) => (
          <option value={String(m.id)} selected={String(m.id) === selected}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <AdminLayout frame={frame} title="Comptes" current="comptes">
      <h1>Comptes et invitations</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <section aria-labelledby="inviter">
        <h2 id="inviter">Inviter une personne</h2>
        <ErrorSummary problems={props.problems ?? []} title="L’invitation n’a pas pu être envoyée" />
        <form method="post" action="/admin/comptes" class="form">
          <CsrfField token={frame.csrf} />
          <div class="field-row">
            <div class="field">
              <label for="invite-email">Adresse électronique</label>
              <input id="invite-email" name="email" type="email" required value={props.invite.email} />
            </div>
            <div class="field">
              <label for="invite-name">Nom (facultatif)</label>
              <input id="invite-name" name="name" type="text" maxLength={120} value={props.invite.name} />
            </div>
          </div>
          <div class="field-row">
            <div class="field">
              <label for="invite-role">Rôle</label>
              <select id="invite-role" name="role">
                {ROLES.map((r) => (
                  <option value={r} selected={r === props.invite.role}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
            {memberSelect('invite-member', 'member', props.invite.member, 'Adhérent (pour un rédacteur ou un lecteur)')}
          </div>
          <button type="submit" class="button">
            Envoyer l’invitation
          </button>
        </form>
      </section>
      <section aria-labelledby="liste-comptes">
        <h2 id="liste-comptes">{plural(props.users.length, 'compte')}</h2>
        {props.users.map((u) => (
          <details class="user-row">
            <summary>
              <strong>{u.name}</strong> &lt;{u.email}&gt; — {ROLE_LABELS[u.role]}
              {u.member_name ? ` de ${u.member_name}` : ''}
              {u.status === 'disabled' && <span class="tag">désactivé</span>}
              {!u.password_hash && <span class="tag">invitation en attente</span>}
            </summary>
            <p class="muted">Dernière connexion : {u.last_login_at ? formatLongDate(u.last_login_at) : 'jamais'}.</p>
            <form method="post" action={`/admin/comptes/${u.id}`} class="form">
              <CsrfField token={frame.csrf} />
              <div class="field-row">
                <div class="field">
                  <label for={`role-${u.id}`}>Rôle</label>
                  <select id={`role-${u.id}`} name="role">
                    {ROLES.map((r) => (
                      <option value={r} selected={r === u.role}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </div>
                {memberSelect(`member-${u.id}`, 'member', u.member_id === null ? '' : String(u.member_id), 'Adhérent')}
                <div class="field">
                  <label for={`status-${u.id}`}>État</label>
                  <select id={`status-${u.id}`} name="status">
                    <option value="active" selected={u.status === 'active'}>
                      Actif
                    </option>
                    <option value="disabled" selected={u.status === 'disabled'}>
                      Désactivé
                    </option>
                  </select>
                </div>
              </div>
              <button type="submit" class="button button-secondary">
                Enregistrer<span class="visually-hidden"> le compte de {u.email}</span>
              </button>
            </form>
            <div class="inline-actions">
              <form method="post" action={`/admin/comptes/${u.id}/invitation`} class="inline-form">
                <CsrfField token={frame.csrf} />
                <button type="submit" class="button button-small button-secondary">
                  {u.password_hash ? 'Envoyer un lien de nouveau mot de passe' : 'Renvoyer l’invitation'}
                  <span class="visually-hidden"> à {u.email}</span>
                </button>
              </form>
              <form method="post" action={`/admin/comptes/${u.id}/sessions`} class="inline-form">
                <CsrfField token={frame.csrf} />
                <button type="submit" class="button button-small button-secondary">
                  Fermer toutes ses sessions<span class="visually-hidden"> ({u.email})</span>
                </button>
              </form>
            </div>
          </details>
        ))}
      </section>
    </AdminLayout>
  );
}
