/** Demo member: Département de la Drôme (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementDrome: DemoMember = {
  slug: 'departement-drome',
  name: 'Département de la Drôme',
  territory: { kind: 'departement', code: '26' },
  joinedYear: 2010,
  status: 'active',
  website: 'https://www.ladrome.fr',
  updatedAt: '2026-08-27',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>La Drôme compte environ 1 900 établissements employeurs de l’ESS, qui représentent 13,6 % de l’emploi salarié. Elle est réputée pour ses initiatives dans l’agriculture biologique, l’habitat participatif et les énergies renouvelables citoyennes.</p>' +
        '<p>La vallée de la Drôme et le Diois sont souvent cités parmi les territoires pionniers de la transition écologique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Le Département soutient l’ESS à travers ses politiques d’insertion, d’agriculture et d’aménagement.</p>' +
        '<p>Il privilégie les projets qui associent les habitants et contribuent à la transition écologique du territoire.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Approvisionnement des collèges en produits locaux par l’intermédiaire d’une plateforme de producteurs ;</li><li>soutien aux sociétés citoyennes de production d’énergie solaire ;</li><li>aide aux projets d’habitat participatif et intergénérationnel.</li></ul>' +
        '<p>Le Département relaie par ailleurs les initiatives du territoire pendant le mois de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 1900, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'ess_employment_share', value: 13.6, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
  ],
};
