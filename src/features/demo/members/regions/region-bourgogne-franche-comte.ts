/** Demo member: Région Bourgogne-Franche-Comté (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionBourgogneFrancheComte: DemoMember = {
  slug: 'region-bourgogne-franche-comte',
  name: 'Région Bourgogne-Franche-Comté',
  territory: { kind: 'region', code: '27' },
  joinedYear: 2016,
  status: 'active',
  website: 'https://www.bourgognefranchecomte.fr',
  updatedAt: '2025-04-03',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>L’ESS regroupe près de 11 300 établissements employeurs en Bourgogne-Franche-Comté et représente 12,2 % de l’emploi salarié. Sa part est particulièrement élevée dans la Nièvre et le Jura, où associations et coopératives assurent une grande partie des services aux habitants.</p>' +
        '<p>La région est aussi connue pour ses fruitières, coopératives fromagères qui perpétuent une longue tradition d’entreprise collective.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>La Région soutient les structures de l’ESS par des aides dédiées et par l’ouverture de ses dispositifs économiques. Elle porte une attention particulière à l’entrepreneuriat collectif et aux projets de transition écologique.</p>' +
        '<p>Elle participe au financement du dispositif local d’accompagnement dans chacun des huit départements.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Aide au conseil pour les associations employeuses ;</li><li>soutien aux fruitières et coopératives engagées dans un projet de modernisation ;</li><li>appel à projets « Économie circulaire et ESS » ;</li><li>financement d’un réseau d’incubateurs d’innovation sociale.</li></ul>' +
        '<p>Ces aides sont instruites en lien avec l’agence économique régionale et la CRESS.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 11300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
    { kind: 'ess_employment_share', value: 12.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bourgogne-Franche-Comté' },
  ],
};
