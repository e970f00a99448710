/** Demo member: Région Nouvelle-Aquitaine (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionNouvelleAquitaine: DemoMember = {
  slug: 'region-nouvelle-aquitaine',
  name: 'Région Nouvelle-Aquitaine',
  territory: { kind: 'region', code: '75' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.nouvelle-aquitaine.fr',
  updatedAt: '2025-06-12',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Avec près de 22 400 établissements employeurs et quelque 221 000 salariés, l’économie sociale et solidaire représente 11,9 % de l’emploi en Nouvelle-Aquitaine. Elle est présente dans les douze départements, des grandes agglomérations aux espaces ruraux du Limousin, des Landes ou du Périgord.</p>' +
        '<p>Les associations regroupent l’essentiel de ces emplois, en particulier dans l’action sociale, l’enseignement et le sport. Les mutuelles d’assurance, très implantées dans les Deux-Sèvres, et les coopératives agricoles pèsent également d’un poids important dans l’économie régionale.</p>' +
        '<p>La région compte en outre un réseau dense de tiers-lieux, dont beaucoup ont choisi la forme de la société coopérative d’intérêt collectif (SCIC).</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le budget primitif 2024 consacre <strong>11,5 M€</strong> à l’ESS et à l’innovation sociale, hors fonds européens. Ces crédits financent l’aide aux projets, le soutien aux têtes de réseau et la dotation d’outils financiers dédiés.</p>' +
        '<p>Une équipe de neuf agents, rattachée à la direction de l’économie, instruit les dossiers et anime les partenariats avec les territoires.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La politique régionale s’inscrit dans le schéma régional de développement économique, d’innovation et d’internationalisation (SRDEII), qui comporte un volet propre à l’ESS. Elle poursuit trois objectifs :</p>' +
        '<ul><li>favoriser la création et la consolidation d’emplois de qualité dans les structures de l’ESS ;</li><li>accompagner l’innovation sociale, notamment dans les territoires ruraux ;</li><li>faire de la commande publique régionale un levier pour les entreprises d’insertion et les entreprises adaptées.</li></ul>' +
        '<p>Une conférence régionale de l’ESS réunit tous les deux ans les acteurs, la CRESS et les collectivités pour dresser le bilan de cette stratégie.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets annuel « Innovation sociale », ouvert aux associations, coopératives et entreprises agréées ESUS ;</li><li>soutien au réseau régional des tiers-lieux et à leur mission d’accueil des porteurs de projets ;</li><li>participation à des fonds territoriaux de garantie et de prêts d’honneur destinés aux entreprises de l’ESS ;</li><li>financement de l’accompagnement des reprises d’entreprises en coopérative par leurs salariés.</li></ul>' +
        '<p>Le détail des aides est présenté sur <a href="https://www.nouvelle-aquitaine.fr">le site de la Région</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 22400, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'ess_jobs', value: 221000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'ess_employment_share', value: 11.9, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'budget_eur', value: 11500000, year: 2024, source: 'Budget primitif 2024' },
    { kind: 'staff_fte', value: 9, year: 2024, source: 'Région Nouvelle-Aquitaine, organigramme 2024' },
  ],
};
