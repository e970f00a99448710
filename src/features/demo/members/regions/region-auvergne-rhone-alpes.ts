/** Demo member: Région Auvergne-Rhône-Alpes (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionAuvergneRhoneAlpes: DemoMember = {
  slug: 'region-auvergne-rhone-alpes',
  name: 'Région Auvergne-Rhône-Alpes',
  territory: { kind: 'region', code: '84' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.auvergnerhonealpes.fr',
  updatedAt: '2025-02-20',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Auvergne-Rhône-Alpes est la deuxième région française pour l’emploi dans l’ESS : environ 283 000 salariés travaillent dans 27 600 établissements, soit 10,7 % de l’emploi régional.</p>' +
        '<p>Ce poids recouvre des réalités contrastées, entre les grandes agglomérations, où se concentrent les sièges de grandes associations et de mutuelles, et les massifs, où coopératives agricoles et associations de services à la personne sont souvent les premiers employeurs.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Région intervient en faveur de l’ESS dans le cadre de sa politique économique générale, dont l’essentiel des aides est ouvert aux entreprises de l’ESS. Un volet spécifique soutient l’accompagnement des projets et les réseaux régionaux.</p>' +
        '<p>Elle encourage en particulier les projets qui maintiennent l’activité dans les territoires ruraux et de montagne.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Ouverture des prêts et garanties régionaux aux associations ayant une activité économique ;</li><li>soutien aux SCOP et aux SCIC en phase de création ou de reprise ;</li><li>financement de l’accompagnement des projets par les réseaux de l’ESS.</li></ul>' +
        '<p>Ces dispositifs sont présentés chaque année aux acteurs lors de rencontres régionales organisées avec la CRESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 27600, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'ess_jobs', value: 283000, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'ess_employment_share', value: 10.7, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
  ],
};
