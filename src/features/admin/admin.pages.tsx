/** Back-office pages of the admin feature: dashboard, accounts, outbox, audit log. */
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { Pagination, urlWith } from '../../web/components.tsx';
import { formatDate, formatDateTime, formatLongDate, formatNumber, plural } from '../../web/format.ts';
import { can, ROLE_LABELS, ROLES, type Role } from '../accounts/accounts.public.ts';
import type { OutboxRow } from '../mail/mail.public.ts';
import type { AuditRow } from '../accounts/accounts.public.ts';
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';

import type { RevisionState } from '../revisions/revisions.public.ts';

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
  const now = new Date().toISOString();
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
              {u.locked_until && u.locked_until > now && <span class="tag">verrouillé</span>}
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

export function OutboxPage(props: { frame: AdminFrame; rows: OutboxRow[]; total: number; page: number; pageCount: number; smtp: boolean }) {
  const stateLabel = { kept: 'conservé (pas de serveur d’envoi)', sent: 'envoyé', failed: 'échec de l’envoi' } as const;
  return (
    <AdminLayout frame={props.frame} title="Courriels envoyés" current="envois">
      <h1>Courriels envoyés</h1>
      <p>
        {props.smtp
          ? 'Les courriels partent par le serveur SMTP configuré ; ils sont aussi conservés ici.'
          : 'Aucun serveur SMTP n’est configuré (variable SMTP_URL) : les courriels ne partent pas, ils sont conservés ici et écrits dans le journal du serveur. Transmettez les liens d’invitation vous-même si besoin.'}
      </p>
      {props.rows.length === 0 ? (
        <p>Aucun courriel pour le moment.</p>
      ) : (
        <ul class="admin-list">
          {props.rows.map((m) => (
            <li>
              <a href={`/admin/envois/${m.id}`}>{m.subject}</a> — à {m.to_address}, le {formatDateTime(m.created_at)} —{' '}
              {stateLabel[m.state]}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} pageCount={props.pageCount} href={(p) => urlWith('/admin/envois', { page: p > 1 ? p : undefined })} />
    </AdminLayout>
  );
}

export function OutboxMessagePage(props: { frame: AdminFrame; message: OutboxRow }) {
  const m = props.message;
  return (
    <AdminLayout frame={props.frame} title={m.subject} current="envois">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin/envois">Courriels envoyés</a>
          </li>
          <li aria-current="page">{m.subject}</li>
        </ol>
      </nav>
      <h1>{m.subject}</h1>
      <dl class="identity-list">
        <div>
          <dt>Destinataire</dt>
          <dd>{m.to_address}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatLongDate(m.created_at)}</dd>
        </div>
        <div>
          <dt>État</dt>
          <dd>
            {m.state === 'sent'
              ? `envoyé le ${formatLongDate(m.sent_at!)}`
              : m.state === 'failed'
                ? `échec : ${m.error ?? ''}`
                : 'conservé, non envoyé'}
          </dd>
        </div>
      </dl>
      <pre class="mail-body">{m.body_text}</pre>
    </AdminLayout>
  );
}

export interface AuditFilterValues {
  action: string;
  actor: string;
  from: string;
  to: string;
}

export function AuditPage(props: {
  frame: AdminFrame;
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  actions: string[];
  filter: AuditFilterValues;
}) {
  const f = props.filter;
  return (
    <AdminLayout frame={props.frame} title="Journal" current="journal">
      <h1>Journal des modifications</h1>
      <form method="get" action="/admin/journal" class="form filters">
        <div class="field-row">
          <div class="field">
            <label for="action">Action</label>
            <select id="action" name="action">
              <option value="">Toutes</option>
              {props.actions.map((a) => (
                <option value={a} selected={a === f.action}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="acteur">Auteur (adresse)</label>
            <input id="acteur" name="acteur" type="text" value={f.actor} />
          </div>
          <div class="field field-small">
            <label for="du">Du</label>
            <input id="du" name="du" type="date" value={f.from} />
          </div>
          <div class="field field-small">
            <label for="au">Au</label>
            <input id="au" name="au" type="date" value={f.to} />
          </div>
        </div>
        <button type="submit" class="button button-secondary">
          Filtrer
        </button>
      </form>
      <p class="result-count">{plural(props.total, 'entrée')}</p>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">Entrées du journal, les plus récentes d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Auteur</th>
              <th scope="col">Action</th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actor_label}</td>
                <td>
                  <code>{r.action}</code>
                </td>
                <td>
                  {r.summary}
                  {r.ip ? <span class="muted"> ({r.ip})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        href={(p) => urlWith('/admin/journal', { action: f.action, acteur: f.actor, du: f.from, au: f.to, page: p > 1 ? p : undefined })}
      />
    </AdminLayout>
  );
}
