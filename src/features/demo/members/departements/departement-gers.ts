/** Demo member: Département du Gers (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementGers: DemoMember = {
  slug: 'departement-gers',
  name: 'Département du Gers',
  territory: { kind: 'departement', code: '32' },
  joinedYear: 2012,
  status: 'active',
  website: 'https://www.gers.fr',
  updatedAt: '2022-02-14',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Dans ce département rural, l’ESS représente 14,1 % de l’emploi salarié. Les coopératives agricoles, céréalières et viticoles, et les associations d’aide à domicile en sont les principaux employeurs.</p>' +
        '<p>Le Gers compte aussi de nombreuses initiatives citoyennes : cafés associatifs, épiceries coopératives et festivals portés par des bénévoles.</p>',
    },
    {
      kind: 'actions',
      heading: 'Quelques réalisations',
      html:
        '<ul><li>Soutien aux associations d’aide à domicile dans le cadre du schéma départemental de l’autonomie ;</li><li>aide à la création de commerces associatifs dans les petites communes ;</li><li>achat de produits locaux et biologiques pour la restauration des collèges.</li></ul>' +
        '<p>Le Département participe chaque année au mois de l’ESS organisé avec la CRESS.</p>',
    },
  ],
  figures: [{ kind: 'ess_employment_share', value: 14.1, year: 2019, source: 'Observatoire régional de l’ESS – CRESS Occitanie' }],
};
