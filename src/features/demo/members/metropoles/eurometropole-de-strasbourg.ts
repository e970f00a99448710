/** Demo member: Eurométropole de Strasbourg (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const eurometropoleDeStrasbourg: DemoMember = {
  slug: 'eurometropole-de-strasbourg',
  name: 'Eurométropole de Strasbourg',
  territory: { kind: 'epci', code: '246700488' },
  joinedYear: 2008,
  status: 'active',
  website: 'https://www.strasbourg.eu',
  updatedAt: '2025-11-04',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Avec 12 % de l’emploi salarié, l’ESS est très présente à Strasbourg et dans les communes de l’Eurométropole. Le droit local alsacien-mosellan des associations a favorisé de longue date un tissu associatif dense.</p>' +
        '<p>Le territoire a aussi été précurseur en matière de monnaie locale, avec le Stück, et d’accompagnement de l’innovation sociale.</p>',
    },
    {
      kind: 'budget',
      heading: 'Budget et moyens consacrés à l’ESS',
      html:
        '<p>Le budget primitif 2025 prévoit 2,8 M€ pour l’ESS.</p>' +
        '<p>Une équipe de 5,5 équivalents temps plein, mutualisée avec la Ville de Strasbourg, est dédiée à cette politique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>L’Eurométropole a adopté une stratégie pluriannuelle pour l’ESS, construite avec les acteurs locaux. Elle vise à soutenir l’entrepreneuriat social, à développer les achats responsables et à favoriser l’économie circulaire.</p>' +
        '<p>Une attention particulière est portée aux coopérations avec les acteurs de l’économie sociale du Bade-Wurtemberg.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Appel à projets annuel « Économie sociale et solidaire » ;</li><li>soutien à un incubateur d’entreprises sociales ;</li><li>organisation du mois de l’ESS et d’un forum transfrontalier ;</li><li>clauses sociales dans les marchés de travaux des équipements publics.</li></ul>' +
        '<p>Plus d’informations sur <a href="https://www.strasbourg.eu">strasbourg.eu</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_employment_share', value: 12, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Grand Est' },
    { kind: 'budget_eur', value: 2800000, year: 2025, source: 'Budget primitif 2025' },
    { kind: 'staff_fte', value: 5.5, year: 2025, source: 'Eurométropole de Strasbourg' },
  ],
};
