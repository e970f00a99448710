/** Demo member: Communauté d’agglomération du Pays Basque (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const communautePaysBasque: DemoMember = {
  slug: 'communaute-pays-basque',
  name: 'Communauté d’agglomération du Pays Basque',
  territory: { kind: 'epci', code: '200067106' },
  joinedYear: 2017,
  status: 'active',
  website: 'https://www.communaute-paysbasque.fr',
  updatedAt: '2026-05-05',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente environ 17 000 emplois en Pays Basque. Coopératives agricoles, associations, mutuelles et entreprises coopératives y sont fortement ancrées, dans la continuité d’une culture de la coopération partagée de part et d’autre de la frontière.</p>' +
        '<p>Le territoire est aussi connu pour sa monnaie locale, l’Eusko, l’une des plus utilisées en Europe.</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le budget primitif 2025 consacre 1,3 M€ à l’ESS.</p>' +
        '<p>Trois agents sont dédiés à cette politique au sein de la direction du développement économique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Créée en 2017, la Communauté d’agglomération a adopté un plan d’action pour l’ESS qui couvre ses 158 communes.</p>' +
        '<p>Il vise à soutenir l’entrepreneuriat collectif, à développer les circuits courts et à accompagner la transition écologique, du littoral à la montagne.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Acceptation de l’Eusko pour le paiement de certains services publics ;</li><li>soutien aux coopératives agricoles et aux magasins de producteurs ;</li><li>accompagnement de reprises d’entreprises par leurs salariés ;</li><li>appui à des tiers-lieux en zone de montagne.</li></ul>' +
        '<p>Ces actions sont menées avec les réseaux coopératifs et les financeurs solidaires du territoire.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 17000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'budget_eur', value: 1300000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 3, year: 2025, source: 'Communauté d’agglomération du Pays Basque' },
  ],
};
