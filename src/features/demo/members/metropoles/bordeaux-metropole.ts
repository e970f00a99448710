/** Demo member: Bordeaux Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const bordeauxMetropole: DemoMember = {
  slug: 'bordeaux-metropole',
  name: 'Bordeaux Métropole',
  territory: { kind: 'epci', code: '243300316' },
  joinedYear: 2010,
  status: 'active',
  website: 'https://www.bordeaux-metropole.fr',
  updatedAt: '2026-04-14',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Environ 44 800 personnes travaillent dans l’ESS à Bordeaux Métropole, soit 10,7 % de l’emploi salarié. Le tissu est varié : associations sanitaires et sociales, culturelles et sportives, mais aussi une nouvelle génération d’entreprises coopératives dans le numérique, l’alimentation et le réemploi.</p>' +
        '<p>Plusieurs quartiers en renouvellement urbain accueillent des lieux collectifs qui associent activités économiques et services aux habitants.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Métropole soutient l’ESS dans le cadre de sa compétence économique. Elle finance l’accompagnement des porteurs de projets, l’immobilier d’entreprise dédié et les actions de sensibilisation.</p>' +
        '<p>Le budget consacré à l’ESS atteint 3,1 M€ en 2025.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à un incubateur de l’ESS et à plusieurs tiers-lieux métropolitains ;</li><li>aide aux entreprises de l’ESS implantées dans les quartiers prioritaires ;</li><li>participation au mois de l’ESS et à la quinzaine du commerce équitable.</li></ul>' +
        '<p>Ces actions sont menées en lien avec les 28 communes de la Métropole.</p>',
    },
    {
      kind: 'other',
      heading: 'Achats responsables',
      html:
        '<p>La Métropole s’est dotée d’un schéma de promotion des achats socialement et écologiquement responsables. Les clauses sociales figurent désormais dans la majorité de ses marchés de travaux.</p>' +
        '<p>Certains lots sont réservés aux structures d’insertion et aux entreprises adaptées, notamment pour l’entretien des espaces verts.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 44800, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'ess_employment_share', value: 10.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine' },
    { kind: 'budget_eur', value: 3100000, year: 2025, source: 'Budget primitif 2025' },
  ],
};
