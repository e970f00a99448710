/** Demo member: Département de Meurthe-et-Moselle (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementMeurtheEtMoselle: DemoMember = {
  slug: 'departement-meurthe-et-moselle',
  name: 'Département de Meurthe-et-Moselle',
  territory: { kind: 'departement', code: '54' },
  joinedYear: 2009,
  status: 'active',
  website: 'https://meurthe-et-moselle.fr',
  updatedAt: '2025-07-01',
  sections: [
    {
      kind: 'programme',
      html:
        '<p>Le Département a fait de l’ESS un axe de son projet départemental. Il y voit une manière de répondre aux besoins des habitants dans ses domaines de compétence : insertion, autonomie, enfance, routes et collèges.</p>' +
        '<p>Il y consacre 950 000 € au budget primitif 2025 et anime un réseau de partenaires dans chacun de ses territoires d’action sociale, avec deux agents dédiés.</p>',
    },
    {
      kind: 'panorama',
      html:
        '<p>L’ESS est bien implantée en Meurthe-et-Moselle, en particulier autour de Nancy et dans le bassin de Longwy. Les associations médico-sociales, les mutuelles et les structures d’insertion en sont les piliers.</p>' +
        '<p>Le sud rural du département voit se multiplier les projets collectifs autour de l’alimentation et de l’énergie.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien aux chantiers d’insertion chargés de l’entretien des espaces naturels sensibles ;</li><li>appui aux projets de circuits courts et de monnaie locale ;</li><li>budget participatif citoyen, dont une partie des lauréats sont des associations de l’ESS.</li></ul>' +
        '<p>Les projets sont suivis par les services territoriaux du Département, en lien avec les intercommunalités.</p>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 950000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 2, year: 2025, source: 'Département de Meurthe-et-Moselle' },
  ],
};
