/** Demo member: Métropole Rouen Normandie (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const metropoleRouenNormandie: DemoMember = {
  slug: 'metropole-rouen-normandie',
  name: 'Métropole Rouen Normandie',
  territory: { kind: 'epci', code: '200023414' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.metropole-rouen-normandie.fr',
  updatedAt: '2025-04-14',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente environ 23 000 emplois sur le territoire de la Métropole Rouen Normandie, soit 11,6 % de l’emploi salarié. L’action sociale, la santé et l’insertion en sont les principaux domaines.</p>' +
        '<p>Les boucles de la Seine accueillent aussi des projets agricoles collectifs et des lieux de réemploi.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Métropole a engagé une démarche de soutien à l’ESS articulée avec sa politique de transition écologique.</p>' +
        '<p>Elle privilégie l’économie circulaire, l’alimentation durable et l’accès à l’emploi des habitants des quartiers prioritaires.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien aux structures de réemploi et de réparation ;</li><li>aide au développement d’un réseau d’épiceries solidaires ;</li><li>accompagnement de projets agricoles collectifs dans le cadre du projet alimentaire territorial.</li></ul>' +
        '<p>Ces actions s’inscrivent dans les engagements de la Métropole en faveur de la transition écologique.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 23000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
    { kind: 'ess_employment_share', value: 11.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
  ],
};
