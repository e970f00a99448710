/** Demo member: Toulouse Métropole (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const toulouseMetropole: DemoMember = {
  slug: 'toulouse-metropole',
  name: 'Toulouse Métropole',
  territory: { kind: 'epci', code: '243100518' },
  joinedYear: 2015,
  status: 'active',
  website: 'https://www.toulouse-metropole.fr',
  updatedAt: '2025-01-20',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Toulouse Métropole compte environ 48 000 emplois dans l’ESS, soit 9,6 % de l’emploi salarié. L’aéronautique et le numérique dominent l’économie locale, mais l’ESS y occupe une place croissante, notamment dans l’action sociale, la culture et l’alimentation.</p>' +
        '<p>La monnaie locale toulousaine, le Sol-Violette, fédère un réseau de commerces et d’associations.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Métropole a intégré l’ESS à sa stratégie de développement économique.</p>' +
        '<p>Elle soutient les structures d’accompagnement, favorise l’accès des entreprises de l’ESS aux marchés publics et encourage l’implantation de projets dans les quartiers prioritaires.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à un incubateur dédié à l’innovation sociale ;</li><li>accompagnement des coopératives d’activité et d’emploi ;</li><li>prix métropolitain de l’ESS, décerné pendant le mois de l’ESS.</li></ul>' +
        '<p>Les lauréats du prix reçoivent une dotation et sont mis en relation avec des financeurs solidaires.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 48000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
    { kind: 'ess_employment_share', value: 9.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Occitanie' },
  ],
};
