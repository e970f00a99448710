/** Demo member: Département de la Gironde (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementGironde: DemoMember = {
  slug: 'departement-gironde',
  name: 'Département de la Gironde',
  territory: { kind: 'departement', code: '33' },
  joinedYear: 2006,
  status: 'active',
  website: 'https://www.gironde.fr',
  updatedAt: '2025-10-08',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>La Gironde compte environ 74 500 emplois dans l’ESS. L’agglomération bordelaise en regroupe la majorité, mais l’ESS est aussi très présente dans le Médoc, le Libournais et le Sud-Gironde, où elle porte des services de proximité indispensables.</p>' +
        '<p>Le département se distingue par un réseau étoffé de structures d’insertion et par de nombreux tiers-lieux ruraux.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>En 2024, le Département a consacré 2,6 M€ au soutien direct de l’ESS, hors politiques d’insertion et d’action sociale.</p>' +
        '<p>Quatre agents sont dédiés à cette politique au sein de la direction de l’attractivité et du développement.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>L’ESS est au cœur du projet départemental de transition. Le Département soutient les initiatives qui répondent à des besoins sociaux mal couverts, en particulier dans les territoires ruraux.</p>' +
        '<p>Il mobilise également ses achats : des clauses sociales et environnementales figurent dans une part croissante de ses marchés publics.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à initiatives annuel pour l’ESS et l’innovation sociale ;</li><li>soutien aux épiceries solidaires et aux projets d’alimentation durable ;</li><li>accompagnement des communes rurales dans la création de tiers-lieux ;</li><li>appui aux territoires candidats à l’expérimentation « Territoires zéro chômeur de longue durée ».</li></ul>' +
        '<p>Plus d’informations sur <a href="https://www.gironde.fr">gironde.fr</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 74500, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'budget_eur', value: 2600000, year: 2024, source: 'Compte administratif 2024' },
    { kind: 'staff_fte', value: 4, year: 2024, source: 'Département de la Gironde, rapport d’activité 2024' },
  ],
};
