/** Demo member: Région Normandie (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionNormandie: DemoMember = {
  slug: 'region-normandie',
  name: 'Région Normandie',
  territory: { kind: 'region', code: '28' },
  joinedYear: 2016,
  status: 'former',
  website: 'https://www.normandie.fr',
  updatedAt: '2017-05-12',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Avec environ 117 000 salariés, l’ESS représente 11,3 % de l’emploi en Normandie. Elle est très présente dans l’action sociale et dans l’agriculture, où les coopératives laitières occupent une place de premier plan.</p>' +
        '<p>La fusion des deux anciennes régions, au 1er janvier 2016, a conduit à rapprocher des politiques de l’ESS jusque-là distinctes.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Une nouvelle stratégie régionale est en préparation. Dans l’attente, la Région maintient son soutien aux réseaux d’accompagnement et aux projets d’innovation sociale engagés avant la fusion.</p>' +
        '<p>Un premier bilan sera présenté lors de la prochaine conférence régionale de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 117000, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
    { kind: 'ess_employment_share', value: 11.3, year: 2015, source: 'Observatoire régional de l’ESS – CRESS Normandie' },
  ],
};
