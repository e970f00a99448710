/** Demo member: Grand Poitiers (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const grandPoitiers: DemoMember = {
  slug: 'grand-poitiers',
  name: 'Grand Poitiers',
  territory: { kind: 'epci', code: '200069854' },
  joinedYear: 2007,
  status: 'active',
  website: 'https://www.grandpoitiers.fr',
  updatedAt: '2019-01-16',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>À Grand Poitiers, l’économie sociale et solidaire compte parmi les moteurs de l’attractivité et du développement économique. Elle rassemble <strong>plus d’un millier d’établissements employeurs</strong> et 11 % de l’emploi local, selon l’édition 2018 du panorama publié par la CRESS Nouvelle-Aquitaine. Ses métiers sont solidement ancrés dans le territoire et font souvent une large place à l’innovation.</p>' +
        '<p>Cette économie s’est construite autour de la solidarité, du lien social et de la lutte contre les exclusions. Elle s’appuie sur une vie associative ancienne et foisonnante (clubs sportifs, associations culturelles, maisons de quartier), sur des épiceries sociales et solidaires implantées en centre-ville et sur seize structures d’insertion par l’activité économique.</p>' +
        '<p>Depuis la loi du 31 juillet 2014 relative à l’ESS, les initiatives se sont multipliées :</p>' +
        '<ul><li>une vingtaine de tiers-lieux, dont Cobalt, adossé à des partenariats avec la recherche et la filière numérique ;</li><li>des commerces et activités solidaires installés en cœur de ville ;</li><li>l’expérimentation d’une monnaie locale, le Pois Réel, et la préfiguration d’un supermarché coopératif, le Baudet ;</li><li>le passage de plusieurs structures au statut coopératif, comme la librairie La Belle Aventure, devenue SCIC, ou Indigo Formation, devenue SCOP.</li></ul>',
    },
    {
      kind: 'budget',
      html:
        '<p>En 2016, la collectivité a versé <strong>35,2 M€</strong> de subventions aux associations, soit 5 % de son budget général. S’y ajoutent 3,5 M€ d’achats de prestations auprès de structures de l’ESS.</p>' +
        '<p>Ces montants, tirés du compte administratif 2016, couvrent l’ensemble des domaines d’intervention de la collectivité.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Grand Poitiers a engagé en septembre 2018 l’actualisation de son diagnostic de l’ESS. Ce travail poursuit trois objectifs : promouvoir l’ESS, valoriser les initiatives et mieux coordonner les actions menées en sa faveur. Le mois de l’ESS, en novembre, en sera l’un des temps forts.</p>' +
        '<p>Les coopérations qui se nouent sur le territoire autour de l’innovation sociale et organisationnelle dessinent une nouvelle manière d’entreprendre. La collectivité entend les encourager, rapprocher les acteurs les uns des autres et mieux faire reconnaître le poids économique de l’ESS.</p>',
    },
    {
      kind: 'actions',
      html:
        '<p>En 2016, la collectivité a soutenu financièrement <strong>400 associations</strong> du territoire, dont 180 employeuses. Parmi ses autres actions :</p>' +
        '<ul><li>depuis 2012, un soutien aux salons et conférences de la CRESS, dont l’université d’été « Campus Coopératives », qui a tenu sa septième édition en juillet 2018 ;</li><li>un appui au Comité des alternatives poitevines emploi et entraide (CAPEE), qui coordonne et accompagne les structures d’insertion et les épiceries sociales et solidaires, par exemple pour l’agrandissement du restaurant Les Quatr’Épices, financé par des fonds hybrides ;</li><li>la promotion des coopératives d’activité et d’emploi, à la Maison de l’ESS comme à la Filature de Ligugé, site industriel protégé au titre des monuments historiques où sont installées Les Usines Nouvelles, lieu au rayonnement national ;</li><li>l’accompagnement de la SCIC B323, issue du master ESS de l’Université de Poitiers, jusqu’au Forum mondial de l’économie sociale de Bilbao, en octobre 2018.</li></ul>',
    },
  ],
  figures: [
    { kind: 'budget_eur', value: 35200000, year: 2016, source: 'Grand Poitiers, compte administratif 2016' },
    {
      kind: 'ess_establishments',
      value: 1000,
      year: 2018,
      source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine (édition 2018)',
    },
    {
      kind: 'ess_employment_share',
      value: 11,
      year: 2018,
      source: 'Observatoire régional de l’ESS – CRESS Nouvelle-Aquitaine (édition 2018)',
    },
  ],
};
