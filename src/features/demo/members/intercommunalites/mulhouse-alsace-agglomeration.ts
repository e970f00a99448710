/** Demo member: Mulhouse Alsace Agglomération (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const mulhouseAlsaceAgglomeration: DemoMember = {
  slug: 'mulhouse-alsace-agglomeration',
  name: 'Mulhouse Alsace Agglomération',
  territory: { kind: 'epci', code: '200066009' },
  joinedYear: 2013,
  status: 'active',
  website: 'https://www.mulhouse-alsace.fr',
  updatedAt: '2025-09-08',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Près de 820 établissements employeurs de l’ESS sont implantés sur le territoire de m2A, où l’ESS représente 11,4 % de l’emploi salarié.</p>' +
        '<p>L’insertion par l’activité économique y est particulièrement développée.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>L’agglomération soutient l’ESS dans le cadre de sa politique de l’emploi et de la politique de la ville.</p>' +
        '<p>Elle encourage l’accès à l’emploi des habitants des quartiers prioritaires et le développement de l’économie circulaire.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Clauses sociales dans les marchés de transport et de travaux ;</li><li>soutien à un incubateur d’entreprises sociales ;</li><li>aide aux projets de réemploi et de réparation.</li></ul>' +
        '<p>Chaque année, une nouvelle promotion de porteurs de projets rejoint l’incubateur.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 820, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
    { kind: 'ess_employment_share', value: 11.4, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
  ],
};
