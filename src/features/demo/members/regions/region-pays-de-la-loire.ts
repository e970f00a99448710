/** Demo member: Région Pays de la Loire (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionPaysDeLaLoire: DemoMember = {
  slug: 'region-pays-de-la-loire',
  name: 'Région Pays de la Loire',
  territory: { kind: 'region', code: '52' },
  joinedYear: 2004,
  status: 'active',
  website: 'https://www.paysdelaloire.fr',
  updatedAt: '2026-06-30',
  sections: [
    {
      kind: 'panorama',
      heading: 'L’ESS en Pays de la Loire',
      html:
        '<p>Avec 13,4 % de l’emploi salarié, les Pays de la Loire comptent parmi les régions où l’économie sociale et solidaire tient la plus grande place. L’agroalimentaire coopératif, les banques et les mutuelles y côtoient un tissu associatif très actif dans le sport, la culture et la solidarité.</p>' +
        '<p>La Loire-Atlantique et le Maine-et-Loire regroupent la majorité des emplois, tandis que la Vendée et la Mayenne se distinguent par la forte présence des coopératives agricoles.</p>',
    },
    {
      kind: 'budget',
      heading: 'Moyens consacrés à l’économie sociale et solidaire',
      html:
        '<p>Le budget primitif 2025 prévoit 4,8 M€ pour l’ESS, répartis entre l’aide aux entreprises, le soutien à l’accompagnement et les actions de sensibilisation.</p>' +
        '<p>Ces crédits sont complétés par la participation de la Région à des outils régionaux de finance solidaire.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Aide régionale au développement des entreprises de l’ESS, sous forme de subventions ou d’avances remboursables ;</li><li>soutien aux coopératives d’activité et d’emploi des cinq départements ;</li><li>financement d’actions de découverte de l’ESS dans les lycées ;</li><li>accompagnement de projets d’économie circulaire portés par des ressourceries.</li></ul>' +
        '<p>Les demandes d’aide sont instruites par la direction de l’économie, en lien avec la CRESS Pays de la Loire.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 13.4, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'budget_eur', value: 4800000, year: 2025, source: 'Budget primitif 2025' },
  ],
};
