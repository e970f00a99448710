/** Demo member: Région Hauts-de-France (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionHautsDeFrance: DemoMember = {
  slug: 'region-hauts-de-france',
  name: 'Région Hauts-de-France',
  territory: { kind: 'region', code: '32' },
  joinedYear: 2017,
  status: 'active',
  website: 'https://www.hautsdefrance.fr',
  updatedAt: '2024-12-09',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’économie sociale et solidaire rassemble environ 198 500 salariés en Hauts-de-France, soit 10,6 % de l’emploi. Le secteur sanitaire et social en constitue le cœur, aux côtés d’un réseau de mutuelles et de coopératives né de l’histoire ouvrière de la région.</p>' +
        '<p>L’insertion par l’activité économique y est particulièrement développée : ateliers et chantiers d’insertion, entreprises d’insertion et groupements d’employeurs contribuent au retour à l’emploi dans les bassins les plus touchés par le chômage.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Région soutient l’ESS au titre de sa compétence en matière de développement économique. Ses interventions privilégient la création d’emplois durables, la consolidation des structures et l’entrepreneuriat collectif.</p>' +
        '<p>Elle s’appuie sur les réseaux régionaux d’accompagnement et sur le dispositif local d’accompagnement (DLA), qu’elle cofinance avec l’État et la Banque des Territoires.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien aux projets de reprise d’entreprises par les salariés ;</li><li>aide au démarrage des sociétés coopératives d’intérêt collectif ;</li><li>cofinancement d’incubateurs d’innovation sociale dans les principales agglomérations ;</li><li>prix régional de l’ESS, remis chaque année pendant le mois de l’ESS.</li></ul>' +
        '<p>Ces actions sont conduites en lien étroit avec la CRESS Hauts-de-France.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 198500, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    { kind: 'ess_employment_share', value: 10.6, year: 2020, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
  ],
};
