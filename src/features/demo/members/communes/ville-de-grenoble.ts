/** Demo member: Ville de Grenoble (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDeGrenoble: DemoMember = {
  slug: 'ville-de-grenoble',
  name: 'Ville de Grenoble',
  territory: { kind: 'commune', code: '38185' },
  joinedYear: 2002,
  status: 'active',
  website: 'https://www.grenoble.fr',
  updatedAt: '2026-02-24',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>À Grenoble, l’ESS représente 14,2 % de l’emploi salarié. Le tissu associatif est dense, notamment dans l’éducation populaire, la culture et la solidarité, et de nombreuses coopératives sont installées dans la ville.</p>' +
        '<p>La monnaie locale, le Cairn, circule dans plusieurs centaines de commerces et d’associations du bassin grenoblois.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>La Ville consacre 780 000 € à l’ESS dans son budget primitif 2025, en complément de ses subventions de fonctionnement aux associations.</p>' +
        '<p>Trois agents composent la mission ESS.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La politique municipale s’inscrit dans une démarche de transition écologique et démocratique.</p>' +
        '<p>Elle vise à soutenir les initiatives citoyennes, à développer les achats responsables et à favoriser l’alimentation durable.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à la monnaie locale ;</li><li>budget participatif ouvert aux projets associatifs ;</li><li>clauses sociales et environnementales dans les marchés de restauration scolaire.</li></ul>' +
        '<p>Plus d’informations sur <a href="https://www.grenoble.fr">grenoble.fr</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 14.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Auvergne-Rhône-Alpes' },
    { kind: 'budget_eur', value: 780000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 3, year: 2025, source: 'Ville de Grenoble' },
  ],
};
