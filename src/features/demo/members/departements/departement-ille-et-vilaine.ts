/** Demo member: Département d’Ille-et-Vilaine (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementIlleEtVilaine: DemoMember = {
  slug: 'departement-ille-et-vilaine',
  name: 'Département d’Ille-et-Vilaine',
  territory: { kind: 'departement', code: '35' },
  joinedYear: 2004,
  status: 'active',
  website: 'https://www.ille-et-vilaine.fr',
  updatedAt: '2026-05-19',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>En Ille-et-Vilaine, l’ESS représente 13,1 % de l’emploi salarié. Coopératives agricoles, banques mutualistes, associations culturelles et médico-sociales composent un paysage particulièrement riche, autour de Rennes comme dans les pays de Vitré, Fougères, Redon ou Saint-Malo.</p>' +
        '<p>Le département a été parmi les premiers à accueillir l’expérimentation « Territoires zéro chômeur de longue durée », à Pipriac et Saint-Ganton.</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le budget primitif 2025 consacre 1,85 M€ au soutien de l’ESS et de l’innovation sociale. Une équipe de 3,5 équivalents temps plein anime cette politique.</p>' +
        '<p>Ces moyens s’ajoutent aux crédits d’insertion, qui financent largement les structures d’insertion par l’activité économique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Le Département fonde son action sur un partenariat étroit avec les pôles ESS de chaque pays et avec les intercommunalités.</p>' +
        '<p>Il cherche à favoriser l’émergence de réponses collectives aux besoins sociaux, notamment en matière de mobilité, de logement et d’alimentation.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Fonds départemental pour l’innovation sociale ;</li><li>soutien aux garages solidaires et aux plateformes de mobilité ;</li><li>achat de denrées locales pour les restaurants des collèges, auprès de producteurs organisés en coopératives ;</li><li>accompagnement des projets d’habitat participatif et coopératif.</li></ul>' +
        '<p>Une journée départementale de l’innovation sociale permet chaque année de présenter les projets soutenus.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 13.1, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
    { kind: 'budget_eur', value: 1850000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 3.5, year: 2025, source: 'Département d’Ille-et-Vilaine' },
  ],
};
