/** Demo member: Région Réunion (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionReunion: DemoMember = {
  slug: 'region-reunion',
  name: 'Région Réunion',
  territory: { kind: 'region', code: '04' },
  joinedYear: 2011,
  status: 'active',
  website: 'https://regionreunion.com',
  updatedAt: '2026-01-27',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS occupe une place importante dans l’économie réunionnaise : elle représente 14,8 % de l’emploi salarié et environ 2 400 établissements employeurs. Associations d’aide à domicile, de sport et d’éducation populaire, coopératives agricoles et mutuelles en constituent l’essentiel.</p>' +
        '<p>Face à un chômage élevé, en particulier chez les jeunes, l’ESS est un outil majeur d’insertion et de création d’activités.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Région soutient la création et le développement des entreprises de l’ESS, en mobilisant notamment les fonds européens dont elle assure la gestion.</p>' +
        '<p>Elle porte une attention particulière à l’économie circulaire, à l’autonomie alimentaire de l’île et à l’emploi des jeunes.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Aide aux associations employeuses pour la création de postes pérennes ;</li><li>soutien à des ressourceries dans les quatre micro-régions de l’île ;</li><li>accompagnement des coopératives agricoles engagées dans la diversification des productions.</li></ul>' +
        '<p>Ces actions sont conduites en partenariat avec la CRESS La Réunion et les intercommunalités de l’île.</p>',
    },
    {
      kind: 'other',
      heading: 'Coopération dans l’océan Indien',
      html:
        '<p>La Région favorise les échanges entre les acteurs réunionnais de l’ESS et ceux de Madagascar, de Maurice et des Comores, dans le cadre de ses programmes de coopération régionale.</p>' +
        '<p>Des rencontres sont organisées régulièrement autour de l’agriculture, de la pêche et de l’artisanat.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 2400, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' },
    { kind: 'ess_employment_share', value: 14.8, year: 2021, source: 'Observatoire régional de l’ESS – CRESS La Réunion' },
  ],
};
