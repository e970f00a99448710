/**
 * The public results of closed campaigns: the list (`/campagnes`) and one campaign's results
 * (`/campagnes/:id`), public questions only, from the answers the network validated.
 */
import { Layout } from '../../web/layout.tsx';
import { formatDate, formatNumber, formatQuantity, plural } from '../../web/format.ts';
import type { Campaign } from './campaigns.service.ts';
import type { ChoiceCell, NumberCell, QuestionResult } from './campaigns.results.ts';

const percent = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)}\u00a0%`);

export function CampaignResultsListPage(props: {
  campaigns: { campaign: Campaign; respondents: number; concerned: number }[];
  demo: boolean;
}) {
  return (
    <Layout
      title="Résultats des campagnes annuelles"
      section="statistiques"
      demo={props.demo}
      description="Les réponses des collectivités adhérentes aux campagnes annuelles du réseau : budgets, moyens et pratiques en faveur de l’ESS."
    >
      <h1>Résultats des campagnes annuelles</h1>
      <p class="lead">
        Chaque année, le réseau demande à ses adhérents les mêmes chiffres, avec les mêmes définitions. Les résultats sont publiés à la
        clôture de chaque campagne.
      </p>
      {props.campaigns.length === 0 ? (
        <p>Aucune campagne n’est encore close.</p>
      ) : (
        <ul class="campaign-results-list">
          {props.campaigns.map(({ campaign, respondents, concerned }) => (
            <li>
              <a href={`/campagnes/${campaign.id}`}>{campaign.title}</a> — chiffres {campaign.year},{' '}
              {plural(respondents, 'réponse validée', 'réponses validées')} sur {formatNumber(concerned)} adhérents concernés
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function Hidden({ minCell }: { minCell: number }) {
  return <span class="muted">moins de {minCell} réponses</span>;
}

function NumberTable({ result, unit, minCell }: { result: QuestionResult; unit: string; minCell: number }) {
  const { overall, byKind, byRegion } = result.numbers!;
  const adds = overall.sum !== null || [...byKind, ...byRegion].some((c) => c.sum !== null);
  const row = (c: NumberCell) => (
    <tr>
      <th scope="row">{c.label}</th>
      <td>{formatNumber(c.n)}</td>
      {adds && <td>{c.hidden ? <Hidden minCell={minCell} /> : c.sum === null ? '—' : formatQuantity(c.sum, unit)}</td>}
      <td>{c.hidden ? <Hidden minCell={minCell} /> : c.median === null ? '—' : formatQuantity(c.median, unit)}</td>
    </tr>
  );
  return (
    <section class="table-scroll" tabIndex={0} aria-label={`Résultats : ${result.question.label}`}>
      <table class="data-table">
        <caption>Par type de collectivité et par région</caption>
        <thead>
          <tr>
            <th scope="col">Groupe</th>
            <th scope="col">Réponses</th>
            {adds && <th scope="col">Total</th>}
            <th scope="col">Médiane</th>
          </tr>
        </thead>
        <tbody>
          {row(overall)}
          {byKind.map(row)}
          {byRegion.map(row)}
        </tbody>
      </table>
    </section>
  );
}

function ChoiceTable({ result, minCell }: { result: QuestionResult; minCell: number }) {
  const { labels, overall, byKind, byRegion } = result.choices!;
  const shown = (label: string) => (result.question.kind === 'yes_no' ? (label === 'oui' ? 'Oui' : 'Non') : label);
  const row = (c: ChoiceCell) => (
    <tr>
      <th scope="row">{c.label}</th>
      <td>{formatNumber(c.n)}</td>
      {labels.map((_l, i) => (
        <td>{c.hidden ? <Hidden minCell={minCell} /> : `${formatNumber(c.counts![i]!)} (${percent(c.counts![i]!, c.n)})`}</td>
      ))}
    </tr>
  );
  return (
    <section class="table-scroll" tabIndex={0} aria-label={`Résultats : ${result.question.label}`}>
      <table class="data-table">
        <caption>Par type de collectivité et par région</caption>
        <thead>
          <tr>
            <th scope="col">Groupe</th>
            <th scope="col">Réponses</th>
            {labels.map((l) => (
              <th scope="col">{shown(l)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(overall)}
          {byKind.map(row)}
          {byRegion.map(row)}
        </tbody>
      </table>
    </section>
  );
}

export function CampaignResultsPage(props: {
  campaign: Campaign;
  results: QuestionResult[];
  respondents: number;
  concerned: number;
  demo: boolean;
}) {
  const { campaign, results } = props;
  return (
    <Layout
      title={`Résultats : ${campaign.title}`}
      section="statistiques"
      demo={props.demo}
      description={`Les réponses des collectivités adhérentes à la ${campaign.title} du réseau, chiffres ${campaign.year}.`}
    >
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/statistiques">Statistiques</a>
          </li>
          <li>
            <a href="/campagnes">Campagnes annuelles</a>
          </li>
          <li aria-current="page">{campaign.title}</li>
        </ol>
      </nav>
      <h1>Résultats : {campaign.title}</h1>
      <p class="lead">
        Chiffres {campaign.year} (réponses attendues avant le {formatDate(campaign.deadline)}) :{' '}
        {plural(props.respondents, 'réponse validée', 'réponses validées')} sur {formatNumber(props.concerned)} adhérents concernés (
        {percent(props.respondents, props.concerned)}).
      </p>
      <p class="hint">
        Seules les réponses validées par le réseau sont comptées. Pour un indicateur, seules les valeurs qui suivent sa définition entrent
        dans le total et la médiane. Un résultat calculé sur moins de {campaign.minCell} réponses n’est pas publié.
      </p>
      <p>
        <a href={`/campagnes/${campaign.id}/resultats.csv`} download>
          Télécharger ces résultats (CSV, {plural(results.length, 'question', 'questions')})
        </a>
      </p>
      {results.map((r, i) => (
        <section aria-labelledby={`question-${i + 1}`} class="campaign-result">
          <h2 id={`question-${i + 1}`}>
            {i + 1}. {r.question.label}
          </h2>
          {r.indicator && (
            <details class="figure-definition">
              <summary>Définition</summary>
              <p>{r.indicator.definition}</p>
            </details>
          )}
          <p>
            {plural(r.answered, 'réponse', 'réponses')}
            {r.excluded > 0 &&
              `, dont ${formatNumber(r.excluded)} calculée${r.excluded > 1 ? 's' : ''} selon une autre définition ou sans le préciser, laissée${r.excluded > 1 ? 's' : ''} de côté`}
            .
          </p>
          {r.numbers && <NumberTable result={r} unit={r.indicator?.unit ?? ''} minCell={campaign.minCell} />}
          {r.choices && <ChoiceTable result={r} minCell={campaign.minCell} />}
          {!r.numbers && !r.choices && <p class="muted">Réponses libres : elles restent au réseau et ne sont pas publiées.</p>}
        </section>
      ))}
    </Layout>
  );
}
