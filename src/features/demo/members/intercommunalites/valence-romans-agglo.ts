/** Demo member: Valence Romans Agglo (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const valenceRomansAgglo: DemoMember = {
  slug: 'valence-romans-agglo',
  name: 'Valence Romans Agglo',
  territory: { kind: 'epci', code: '200068781' },
  joinedYear: 2014,
  status: 'active',
  website: 'https://www.valenceromansagglo.fr',
  updatedAt: '2025-02-17',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Le territoire de Valence Romans Agglo est riche en initiatives de l’ESS, notamment dans l’insertion, l’alimentation et la culture.</p>' +
        '<p>À Romans-sur-Isère, plusieurs projets coopératifs se sont développés autour des savoir-faire locaux du cuir et du textile.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à un pôle territorial de coopération économique ;</li><li>aide aux structures d’insertion engagées dans le maraîchage biologique ;</li><li>accompagnement de projets de tiers-lieux dans les communes rurales.</li></ul>' +
        '<p>En 2023, l’agglomération a consacré 450 000 € à ces actions.</p>',
    },
  ],
  figures: [{ kind: 'budget_eur', value: 450000, year: 2023, source: 'Compte administratif 2023' }],
};
