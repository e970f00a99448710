/** Demo member: Communauté intercommunale du Nord de La Réunion (CINOR) (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const cinor: DemoMember = {
  slug: 'cinor',
  name: 'Communauté intercommunale du Nord de La Réunion (CINOR)',
  territory: { kind: 'epci', code: '249740119' },
  joinedYear: 2012,
  status: 'active',
  website: null,
  updatedAt: '2026-03-24',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Sur le territoire de la CINOR, qui regroupe Saint-Denis, Sainte-Marie et Sainte-Suzanne, l’ESS représente 15,2 % de l’emploi salarié.</p>' +
        '<p>Les associations d’aide à la personne, de sport et de culture en sont les principaux employeurs.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La CINOR soutient l’ESS au titre de sa compétence de développement économique.</p>' +
        '<p>Elle privilégie les projets d’insertion des jeunes, d’économie circulaire et d’agriculture de proximité.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à une ressourcerie intercommunale ;</li><li>aide à la création de jardins partagés et de jardins d’insertion ;</li><li>accompagnement d’une coopérative d’activité et d’emploi.</li></ul>' +
        '<p>La CINOR met en œuvre ces projets en lien avec la Ville de Saint-Denis et la Région Réunion.</p>',
    },
  ],
  figures: [{ kind: 'ess_employment_share', value: 15.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' }],
};
