/** Demo member: Lorient Agglomération (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const lorientAgglomeration: DemoMember = {
  slug: 'lorient-agglomeration',
  name: 'Lorient Agglomération',
  territory: { kind: 'epci', code: '200042174' },
  joinedYear: 2009,
  status: 'active',
  website: 'https://www.lorient-agglo.bzh',
  updatedAt: '2026-01-13',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS occupe une place importante dans l’économie du pays de Lorient, où elle représente près d’un emploi sur sept.</p>' +
        '<p>Coopératives maritimes, associations d’action sociale et structures culturelles en sont les piliers.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Lorient Agglomération consacre 640 000 € à l’ESS dans son budget primitif 2025.</p>' +
        '<p>Deux agents animent cette politique, en lien avec le pôle ESS du pays de Lorient.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à l’incubateur de projets porté par le pôle ESS ;</li><li>aide aux structures de réemploi et aux ressourceries ;</li><li>accompagnement de coopératives de pêche et de transformation des produits de la mer.</li></ul>' +
        '<p>Un forum de l’ESS est organisé chaque année pendant le mois de l’ESS.</p>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 640000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 2, year: 2025, source: 'Lorient Agglomération' },
  ],
};
