/** Demo member: Région Île-de-France (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionIleDeFrance: DemoMember = {
  slug: 'region-ile-de-france',
  name: 'Région Île-de-France',
  territory: { kind: 'region', code: '11' },
  joinedYear: 2003,
  status: 'active',
  website: 'https://www.iledefrance.fr',
  updatedAt: '2025-09-22',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’Île-de-France compte près de 39 800 établissements employeurs de l’ESS et environ 412 000 salariés. La part de l’ESS dans l’emploi régional, 7,6 %, est plus faible qu’ailleurs en raison du poids des grandes entreprises et des administrations, mais la région accueille les sièges de nombreuses fédérations et entreprises nationales de l’ESS.</p>' +
        '<p>Les initiatives sont particulièrement nombreuses en petite couronne, autour de l’insertion, du réemploi et de l’alimentation.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le budget primitif 2025 prévoit 8,4 M€ en faveur de l’ESS et de l’innovation sociale. Ces crédits financent des aides directes, des appels à projets et le soutien aux structures d’accompagnement.</p>' +
        '<p>S’y ajoutent les aides économiques de droit commun ouvertes aux entreprises de l’ESS.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Région intègre l’ESS dans sa stratégie de développement économique. Elle privilégie le changement d’échelle des entreprises de l’ESS et leur accès aux marchés, publics comme privés.</p>' +
        '<p>Elle encourage aussi la participation des entreprises de l’ESS aux grands chantiers d’aménagement régionaux.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets « Innovation sociale » ;</li><li>fonds régional de prêts d’honneur pour les entrepreneurs de l’ESS ;</li><li>soutien aux structures d’insertion des métiers du bâtiment et du réemploi ;</li><li>accompagnement des associations dans leur transition numérique.</li></ul>' +
        '<p>Les dispositifs régionaux sont présentés sur <a href="https://www.iledefrance.fr">iledefrance.fr</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 39800, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
    { kind: 'ess_jobs', value: 412000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
    { kind: 'ess_employment_share', value: 7.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
    { kind: 'budget_eur', value: 8400000, year: 2025, source: 'Budget primitif 2025' },
  ],
};
