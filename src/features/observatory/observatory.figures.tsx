/**
 * The observatory's figures on a territory page or a member's profile: one sentence with the
 * source and the date, the trend since the previous extract, the families and main sectors, and
 * what SIRENE counts and does not.
 */
import { formatNumber, plural } from '../../web/format.ts';

const employersOfEss = (n: number) => plural(n, 'établissement employeur de l’ESS', 'établissements employeurs de l’ESS');
import type { TerritoryObservatory } from './observatory.service.ts';

/** "1er novembre 2026" */
export function extractDateLabel(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const day = date.getUTCDate();
  const month = date.toLocaleDateString('fr-FR', { month: 'long', timeZone: 'UTC' });
  return `${day === 1 ? '1er' : day} ${month} ${date.getUTCFullYear()}`;
}

const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)}\u00a0%`;

/** The one sentence a member may quote in its panorama. */
export function observatorySentence(o: TerritoryObservatory): string {
  const { ess } = o;
  const share = o.employerShare === null ? '' : `, ${percent(o.employerShare)} des établissements employeurs`;
  const staff = ess.employers ? `, entre ${formatNumber(ess.staffMin)} et ${formatNumber(ess.staffMax)} salariés` : '';
  return `Selon le répertoire SIRENE au ${extractDateLabel(o.extractDate)} : ${employersOfEss(ess.employers)}${share}${staff}.`;
}

export function ObservatoryFigures({
  observatory: o,
  place,
  employersHref,
  headingLevel = 2,
}: {
  observatory: TerritoryObservatory;
  place: string;
  /** The territory's list of ESS employers. */
  employersHref?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const trend = o.previous ? o.ess.employers - o.previous.ess.employers : null;
  return (
    <section class="observatory" aria-labelledby="observatoire">
      <Heading id="observatoire">L’ESS {place} selon le répertoire SIRENE</Heading>
      {o.synthetic && (
        <p class="notice notice-warning">
          Chiffres de démonstration : calculés sur des fichiers SIRENE synthétiques, pas sur le répertoire réel.
        </p>
      )}
      <p class="observatory-lead">{observatorySentence(o)}</p>
      {trend !== null && o.previous && (
        <p>
          {trend === 0
            ? `Autant d’établissements employeurs de l’ESS qu’au ${extractDateLabel(o.previous.extractDate)}.`
            : `${trend > 0 ? '+' : '−'}${employersOfEss(Math.abs(trend))} depuis le ${extractDateLabel(o.previous.extractDate)} (${formatNumber(o.previous.ess.employers)}).`}
        </p>
      )}
      {o.families.length > 0 && (
        <div class="table-scroll">
          <table class="data-table observatory-table">
            <caption>Établissements actifs de l’ESS par famille</caption>
            <thead>
              <tr>
                <th scope="col">Famille</th>
                <th scope="col">Établissements</th>
                <th scope="col">dont employeurs</th>
                <th scope="col">Salariés (fourchette)</th>
              </tr>
            </thead>
            <tbody>
              {o.families.map((f) => (
                <tr>
                  <th scope="row">{f.label}</th>
                  <td>{formatNumber(f.counts.establishments)}</td>
                  <td>{formatNumber(f.counts.employers)}</td>
                  <td>
                    {formatNumber(f.counts.staffMin)} à {formatNumber(f.counts.staffMax)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {o.sections.length > 0 && (
        <p>
          Principaux secteurs des employeurs de l’ESS :{' '}
          {o.sections
            .slice(0, 3)
            .map((s) => `${s.label.toLowerCase()} (${formatNumber(s.counts.employers)})`)
            .join(', ')}
          .
        </p>
      )}
      {employersHref && o.ess.employers > 0 && (
        <p>
          <a href={employersHref}>Voir la liste des employeurs de l’ESS de ce territoire</a>
        </p>
      )}
      <p class="hint">
        Source : répertoire SIRENE des entreprises et des établissements (INSEE, Licence Ouverte), extrait du{' '}
        {extractDateLabel(o.extractDate)}. Ces chiffres comptent des établissements actifs dont l’unité légale porte la mention « économie
        sociale et solidaire », et des tranches d’effectifs déclarées : les effectifs ne peuvent être donnés qu’en fourchette. Les effectifs
        salariés officiels de l’ESS sont publiés par les observatoires régionaux (CRESS) à partir des données FLORES de l’INSEE.
      </p>
    </section>
  );
}
