/** Demo member: Département du Nord (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementNord: DemoMember = {
  slug: 'departement-nord',
  name: 'Département du Nord',
  territory: { kind: 'departement', code: '59' },
  joinedYear: 2002,
  status: 'active',
  website: 'https://lenord.fr',
  updatedAt: '2024-12-16',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Le Nord compte environ 108 700 emplois dans l’économie sociale et solidaire, soit 11,2 % de l’emploi salarié du département. L’action sociale et l’insertion y tiennent une place centrale.</p>' +
        '<p>Le département est aussi marqué par une forte tradition coopérative et mutualiste, héritée de l’histoire industrielle du bassin minier et de l’agglomération lilloise.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>Chef de file de l’action sociale et de l’insertion, le Département mobilise l’ESS pour favoriser le retour à l’emploi des allocataires du RSA. Il soutient les structures d’insertion par l’activité économique et encourage leurs coopérations avec les entreprises du territoire.</p>' +
        '<p>Il développe aussi les clauses sociales dans ses marchés de travaux, de voirie et d’entretien des collèges.</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Cofinancement de postes en ateliers et chantiers d’insertion ;</li><li>soutien aux épiceries sociales et solidaires ;</li><li>appui aux projets « Territoires zéro chômeur de longue durée » ;</li><li>accompagnement des services d’aide à domicile pour améliorer les conditions de travail de leurs salariés.</li></ul>' +
        '<p>Ces actions s’inscrivent dans le programme départemental d’insertion adopté par l’assemblée départementale.</p>',
    },
  ],
  figures: [
    { kind: 'ess_jobs', value: 108700, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
    { kind: 'ess_employment_share', value: 11.2, year: 2021, source: 'Observatoire régional de l’ESS – CRESS Hauts-de-France' },
  ],
};
