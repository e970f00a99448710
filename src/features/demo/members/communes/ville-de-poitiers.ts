/** Demo member: Ville de Poitiers (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const villeDePoitiers: DemoMember = {
  slug: 'ville-de-poitiers',
  name: 'Ville de Poitiers',
  territory: { kind: 'commune', code: '86194' },
  joinedYear: 2015,
  status: 'active',
  website: 'https://www.poitiers.fr',
  updatedAt: '2025-11-25',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Poitiers bénéficie d’un tissu associatif très actif et d’une forte présence des acteurs de l’ESS en centre-ville, notamment dans l’alimentation, la culture et le réemploi.</p>' +
        '<p>Épiceries solidaires, ressourceries et tiers-lieux y côtoient des associations culturelles et sportives anciennes.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Ville agit en complémentarité avec Grand Poitiers, compétente en matière de développement économique. Elle soutient les associations, favorise l’implication des habitants et développe les achats responsables.</p>' +
        '<p>En 2025, 260 000 € sont consacrés à des actions spécifiques en faveur de l’ESS.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Budget participatif ouvert aux projets des habitants et des associations ;</li><li>soutien aux épiceries solidaires du centre-ville ;</li><li>approvisionnement de la restauration scolaire en produits locaux.</li></ul>' +
        '<p>Ces actions sont menées en lien avec Grand Poitiers et les maisons de quartier.</p>',
    },
  ],
  figures: [{ kind: 'budget_eur', value: 260000, year: 2025, source: 'Budget primitif 2025' }],
};
