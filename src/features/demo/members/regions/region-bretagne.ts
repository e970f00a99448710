/** Demo member: Région Bretagne (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const regionBretagne: DemoMember = {
  slug: 'region-bretagne',
  name: 'Région Bretagne',
  territory: { kind: 'region', code: '53' },
  joinedYear: 2005,
  status: 'active',
  website: 'https://www.bretagne.bzh',
  updatedAt: '2025-11-18',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>La Bretagne est l’une des régions où l’ESS pèse le plus : 14,3 % des emplois salariés, soit environ 141 300 personnes réparties dans près de 12 900 établissements. Coopératives agricoles et maritimes, banques coopératives, mutuelles et associations y forment un ensemble ancien et solidement implanté.</p>' +
        '<p>Le maillage du territoire repose sur des pôles de développement de l’ESS présents dans chaque pays, qui accompagnent la création d’activités au plus près des habitants.</p>',
    },
    {
      kind: 'budget',
      html:
        '<p>La Région a consacré <strong>6,2 M€</strong> à l’ESS en 2024, selon son compte administratif. Près de la moitié de cette somme finance les pôles de développement et les têtes de réseau régionales.</p>' +
        '<p>L’équipe chargée de l’ESS compte 5,5 équivalents temps plein au sein de la direction du développement économique.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Depuis 2005, la Région fait de l’ESS une composante à part entière de son action économique. Sa feuille de route actuelle s’articule autour de trois priorités :</p>' +
        '<ol><li>structurer l’accompagnement des porteurs de projets sur l’ensemble du territoire ;</li><li>faciliter l’accès au financement, notamment grâce aux outils de la finance solidaire ;</li><li>encourager les coopérations entre l’ESS et les grandes filières économiques régionales.</li></ol>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Financement des pôles ESS et de leurs dispositifs d’incubation ;</li><li>avances remboursables pour les SCOP et les SCIC en création ou en développement ;</li><li>appel à projets pour l’innovation sociale dans les îles et les communes littorales ;</li><li>soutien aux coopératives jeunesse de services, qui permettent chaque été à des adolescents de créer et gérer leur propre entreprise coopérative.</li></ul>' +
        '<p>Retrouvez les dispositifs régionaux sur <a href="https://www.bretagne.bzh">bretagne.bzh</a>.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 12900, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
    { kind: 'ess_jobs', value: 141300, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
    { kind: 'ess_employment_share', value: 14.3, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Bretagne' },
    { kind: 'budget_eur', value: 6200000, year: 2024, source: 'Compte administratif 2024' },
    { kind: 'staff_fte', value: 5.5, year: 2024, source: 'Région Bretagne, rapport d’activité 2024' },
  ],
};
