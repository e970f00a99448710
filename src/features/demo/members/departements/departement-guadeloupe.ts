/** Demo member: Département de la Guadeloupe (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementGuadeloupe: DemoMember = {
  slug: 'departement-guadeloupe',
  name: 'Département de la Guadeloupe',
  territory: { kind: 'departement', code: '971' },
  joinedYear: 2019,
  status: 'active',
  website: null,
  updatedAt: '2025-05-21',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>En Guadeloupe, l’ESS représente 12,4 % de l’emploi salarié. Elle repose sur un tissu associatif très dense, sur des coopératives agricoles et de pêche et sur des structures d’insertion qui jouent un rôle essentiel face au chômage.</p>' +
        '<p>Les îles du sud de l’archipel comptent de nombreuses initiatives liées au tourisme solidaire et à l’artisanat.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Le Département inscrit son action en faveur de l’ESS dans ses compétences d’insertion et de solidarité. Il soutient les structures qui accompagnent les allocataires du RSA vers l’emploi, ainsi que les associations qui interviennent auprès des personnes âgées.</p>' +
        '<p>Il encourage en outre les initiatives de l’économie circulaire, en particulier pour le réemploi et la réduction des déchets.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien aux ateliers et chantiers d’insertion ;</li><li>appui aux coopératives de pêcheurs et d’agriculteurs ;</li><li>accompagnement de projets de ressourceries en Basse-Terre et en Grande-Terre.</li></ul>' +
        '<p>Ces actions sont menées en lien avec la Région Guadeloupe et les intercommunalités de l’archipel.</p>',
    },
  ],
  figures: [{ kind: 'ess_employment_share', value: 12.4, year: 2020, source: 'Observatoire de l’ESS – CRESS Guadeloupe' }],
};
