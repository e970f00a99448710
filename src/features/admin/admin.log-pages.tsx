/** The back office's logs: the outbox (every e-mail, sent or kept) and the audit log. */
import { Pagination, urlWith } from '../../web/components.tsx';
import { formatDateTime, formatLongDate, plural } from '../../web/format.ts';
import type { OutboxRow } from '../mail/mail.public.ts';
import type { AuditRow } from '../accounts/accounts.public.ts';
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';

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
