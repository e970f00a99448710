/** Demo member: Département de la Seine-Saint-Denis (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementSeineSaintDenis: DemoMember = {
  slug: 'departement-seine-saint-denis',
  name: 'Département de la Seine-Saint-Denis',
  territory: { kind: 'departement', code: '93' },
  joinedYear: 2008,
  status: 'active',
  website: 'https://seinesaintdenis.fr',
  updatedAt: '2025-03-11',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS représente 6,1 % de l’emploi salarié en Seine-Saint-Denis, une part inférieure à la moyenne nationale mais en progression rapide. Le département compte de nombreuses associations de quartier, des structures d’insertion et des coopératives récentes.</p>' +
        '<p>Les friches industrielles et les grands chantiers d’aménagement offrent un terrain favorable aux projets d’économie circulaire et de réemploi des matériaux.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>Le Département a inscrit 1,4 M€ au budget primitif 2024 en faveur de l’ESS, auxquels s’ajoutent les crédits consacrés à l’insertion des allocataires du RSA.</p>' +
        '<p>Cinq agents travaillent à la mise en œuvre de cette politique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La stratégie départementale fait de l’ESS un levier de développement économique et d’accès à l’emploi pour les habitants.</p>' +
        '<p>Elle met l’accent sur l’entrepreneuriat des femmes et des jeunes, sur la commande publique et sur la transition écologique.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets annuel « ESS et territoires » ;</li><li>clauses d’insertion dans les marchés de construction et de rénovation des collèges ;</li><li>soutien aux structures de réemploi des matériaux du bâtiment ;</li><li>accompagnement de coopératives de restauration collective.</li></ul>' +
        '<p>Les lauréats de l’appel à projets bénéficient, en plus de la subvention, d’un accompagnement par les réseaux de l’ESS du département.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 6.1, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Île-de-France' },
    { kind: 'budget_eur', value: 1400000, year: 2024, source: 'Budget primitif 2024' },
    { kind: 'staff_fte', value: 5, year: 2024, source: 'Département de la Seine-Saint-Denis' },
  ],
};
