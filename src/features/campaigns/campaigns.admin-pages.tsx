/** Back-office pages of the campaigns (network admins): the list, a campaign's settings and its dashboard. */
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { Choices, CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { formatDate, formatNumber } from '../../web/format.ts';
import { MEMBER_KIND_LABELS, MEMBER_KIND_OPTIONS } from '../../shared/member-kinds.ts';
import { QUESTION_KIND_LABELS } from './campaigns.questions.ts';
import { type Campaign, type CampaignInput } from './campaigns.service.ts';
import { RESPONSE_STATUS_LABELS } from './campaigns.responses.ts';
import type { Dashboard } from './campaigns.dashboard.ts';

export const STATE_LABELS: Record<Campaign['state'], string> = { draft: 'En préparation', open: 'Ouverte', closed: 'Close' };

const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)} %`);

export function Crumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav class="breadcrumb" aria-label="Fil d’Ariane">
      <ol>
        <li>
          <a href="/admin">Tableau de bord</a>
        </li>
        {items.map((i) =>
          i.href ? (
            <li>
              <a href={i.href}>{i.label}</a>
            </li>
          ) : (
            <li aria-current="page">{i.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}

export function CampaignListPage(props: {
  frame: AdminFrame;
  campaigns: { campaign: Campaign; answered: number; total: number }[];
  notice?: string;
}) {
  return (
    <AdminLayout frame={props.frame} title="Campagnes" current="campagnes">
      <Crumbs items={[{ label: 'Campagnes' }]} />
      <h1>Campagnes annuelles</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        Chaque année, le réseau demande à ses adhérents les mêmes chiffres, avec les mêmes définitions : une campagne rassemble les
        indicateurs et des questions libres, avec une date limite et des relances automatiques.
      </p>
      <p>
        <a class="button" href="/admin/campagnes/nouvelle">
          Préparer une campagne
        </a>
      </p>
      {props.campaigns.length === 0 ? (
        <p>Aucune campagne pour le moment.</p>
      ) : (
        <table class="data-table">
          <caption>Campagnes, la plus récente d’abord</caption>
          <thead>
            <tr>
              <th scope="col">Campagne</th>
              <th scope="col">État</th>
              <th scope="col">Date limite</th>
              <th scope="col">Réponses envoyées</th>
            </tr>
          </thead>
          <tbody>
            {props.campaigns.map(({ campaign, answered, total }) => (
              <tr>
                <th scope="row">
                  <a href={`/admin/campagnes/${campaign.id}`}>{campaign.title}</a>
                  {campaign.isDemo && <span class="muted"> (exemple)</span>}
                </th>
                <td>{STATE_LABELS[campaign.state]}</td>
                <td>{formatDate(campaign.deadline)}</td>
                <td>
                  {formatNumber(answered)} sur {formatNumber(total)} ({percent(answered, total)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

export function CampaignFormPage(props: { frame: AdminFrame; values: CampaignInput; campaign: Campaign | null; problems?: string[] }) {
  const v = props.values;
  const creating = props.campaign === null;
  const action = creating ? '/admin/campagnes/nouvelle' : `/admin/campagnes/${props.campaign!.id}/parametres`;
  const title = creating ? 'Préparer une campagne' : `Paramètres : ${props.campaign!.title}`;
  return (
    <AdminLayout frame={props.frame} title={title} current="campagnes">
      <Crumbs
        items={[
          { href: '/admin/campagnes', label: 'Campagnes' },
          ...(creating ? [] : [{ href: `/admin/campagnes/${props.campaign!.id}`, label: props.campaign!.title }]),
          { label: creating ? 'Nouvelle campagne' : 'Paramètres' },
        ]}
      />
      <h1>{title}</h1>
      <ErrorSummary problems={props.problems ?? []} title="La campagne n’a pas pu être enregistrée" />
      <form method="post" action={action} class="form">
        <CsrfField token={props.frame.csrf} />
        <div class="field field-small">
          <label for="year">Année des chiffres demandés</label>
          <input
            id="year"
            name="year"
            type="text"
            inputMode="numeric"
            maxLength={4}
            required
            value={v.year}
            disabled={!creating && props.campaign!.state !== 'draft'}
          />
        </div>
        <div class="field">
          <label for="title">Titre</label>
          <input id="title" name="title" type="text" required maxLength={120} value={v.title} />
        </div>
        <div class="field-row">
          <div class="field">
            <label for="opensOn">Ouverture</label>
            <input id="opensOn" name="opensOn" type="date" required value={v.opensOn} />
          </div>
          <div class="field">
            <label for="deadline">Date limite</label>
            <input id="deadline" name="deadline" type="date" required value={v.deadline} />
          </div>
        </div>
        <div class="field">
          <label for="reminderDays">Relances (jours avant la date limite)</label>
          <input id="reminderDays" name="reminderDays" type="text" value={v.reminderDays} aria-describedby="reminderDays-hint" />
          <p class="hint" id="reminderDays-hint">
            Séparés par des virgules, par exemple 14, 7, 1. Seuls les adhérents qui n’ont pas envoyé leur réponse sont relancés ; les
            administrateurs reçoivent la liste des retardataires le lendemain de la date limite.
          </p>
        </div>
        <div class="field field-small">
          <label for="minCell">Seuil de diffusion</label>
          <input id="minCell" name="minCell" type="text" inputMode="numeric" value={v.minCell} aria-describedby="minCell-hint" />
          <p class="hint" id="minCell-hint">
            Nombre minimal de réponses pour publier un résultat par type de collectivité ou par région.
          </p>
        </div>
        {creating && (
          <Choices
            name="memberKinds"
            legend="Adhérents concernés"
            hint="Aucune case cochée : tous les adhérents actifs. Ceux qui rejoignent le réseau pendant la campagne y sont ajoutés."
            type="checkbox"
            options={MEMBER_KIND_OPTIONS}
            checked={v.memberKinds}
          />
        )}
        <div class="form-actions">
          <button type="submit" class="button">
            {creating ? 'Créer la campagne (en préparation)' : 'Enregistrer'}
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}

function RateTable({ caption, rows }: { caption: string; rows: { label: string; answered: number; total: number }[] }) {
  return (
    <table class="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Groupe</th>
          <th scope="col">Réponses envoyées</th>
          <th scope="col">Adhérents concernés</th>
          <th scope="col">Taux</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            <td>{formatNumber(r.answered)}</td>
            <td>{formatNumber(r.total)}</td>
            <td>{percent(r.answered, r.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CampaignDashboardPage(props: { frame: AdminFrame; dashboard: Dashboard; notice?: string; problems?: string[] }) {
  const { campaign, questions, rates, members } = props.dashboard;
  const base = `/admin/campagnes/${campaign.id}`;
  return (
    <AdminLayout frame={props.frame} title={campaign.title} current="campagnes">
      <Crumbs items={[{ href: '/admin/campagnes', label: 'Campagnes' }, { label: campaign.title }]} />
      <h1>{campaign.title}</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <ErrorSummary problems={props.problems ?? []} title="Action impossible" />
      <p>
        {STATE_LABELS[campaign.state]} · chiffres {campaign.year} · ouverture le {formatDate(campaign.opensOn)} · date limite le{' '}
        {formatDate(campaign.deadline)} · relances à J-{campaign.reminderDays.join(', J-') || ' (aucune)'} ·{' '}
        <a href={`${base}/parametres`}>Modifier les paramètres</a>
      </p>
      <div class="form-actions">
        {campaign.state === 'draft' && (
          <form method="post" action={`${base}/ouvrir`}>
            <CsrfField token={props.frame.csrf} />
            <button type="submit" class="button">
              Ouvrir la campagne aux adhérents
            </button>
          </form>
        )}
        {campaign.state === 'open' && (
          <>
            <form method="post" action={`${base}/relancer`}>
              <CsrfField token={props.frame.csrf} />
              <button type="submit" class="button button-secondary">
                Relancer maintenant les adhérents sans réponse
              </button>
            </form>
            <form method="post" action={`${base}/clore`}>
              <CsrfField token={props.frame.csrf} />
              <button type="submit" class="button button-secondary">
                Clore la campagne et publier les résultats
              </button>
            </form>
          </>
        )}
      </div>

      <p class="admin-links">
        Exporter les réponses : <a href={`${base}/export.csv?forme=large`}>CSV, une ligne par adhérent</a> ·{' '}
        <a href={`${base}/export.csv?forme=longue`}>CSV, une ligne par réponse</a> ·{' '}
        <a href={`${base}/export.xlsx?forme=large`}>Excel, une ligne par adhérent</a> ·{' '}
        <a href={`${base}/export.xlsx?forme=longue`}>Excel, une ligne par réponse</a>
        {campaign.state === 'closed' && (
          <>
            {' '}
            · <a href={`/campagnes/${campaign.id}`}>Résultats publiés</a>
          </>
        )}
      </p>
      <h2>Taux de réponse</h2>
      <p class="lead">
        {formatNumber(rates.overall.answered)} réponses envoyées sur {formatNumber(rates.overall.total)} adhérents concernés (
        {percent(rates.overall.answered, rates.overall.total)}), dont {formatNumber(rates.validated)} validées.
      </p>
      <RateTable caption="Par type de collectivité" rows={rates.byKind} />
      <RateTable caption="Par région" rows={rates.byRegion} />

      <h2>Questionnaire</h2>
      {campaign.state === 'draft' ? (
        <p>
          <a class="button button-secondary" href={`${base}/questions/nouvelle`}>
            Ajouter une question
          </a>
        </p>
      ) : (
        <p class="hint">Les questions ne changent plus une fois la campagne ouverte, pour que les réponses restent comparables.</p>
      )}
      <ol class="question-list">
        {questions.map((q) => (
          <li>
            {campaign.state === 'draft' ? <a href={`${base}/questions/${q.id}`}>{q.label}</a> : q.label}{' '}
            <span class="muted">
              — {QUESTION_KIND_LABELS[q.kind]}, {q.visibility === 'public' ? 'publique' : 'interne'}
              {q.required ? ', obligatoire' : ''}
              {q.condition ? ', conditionnelle' : ''}
            </span>
          </li>
        ))}
      </ol>

      <h2>Adhérents</h2>
      <table class="data-table">
        <caption>Réponses des adhérents concernés : les retards, puis les réponses à valider, d’abord</caption>
        <thead>
          <tr>
            <th scope="col">Adhérent</th>
            <th scope="col">Type</th>
            <th scope="col">État</th>
            <th scope="col">Dernière modification</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr>
              <th scope="row">
                <a href={`${base}/reponses/${m.slug}`}>{m.name}</a>
              </th>
              <td>{MEMBER_KIND_LABELS[m.kind].one}</td>
              <td>
                {RESPONSE_STATUS_LABELS[m.state.status]}
                {m.late && <strong class="late"> — en retard</strong>}
              </td>
              <td>{m.state.at ? `${formatDate(m.state.at)}, ${m.state.author ?? ''}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}
