/** Demo member: Département de Loire-Atlantique (see ../../demo.members.ts). */
import type { DemoMember } from '../../demo.types.ts';

export const departementLoireAtlantique: DemoMember = {
  slug: 'departement-loire-atlantique',
  name: 'Département de Loire-Atlantique',
  territory: { kind: 'departement', code: '44' },
  joinedYear: 2003,
  status: 'active',
  website: 'https://www.loire-atlantique.fr',
  updatedAt: '2026-10-02',
  sections: [
    {
      kind: 'panorama',
      html:
        '<p>Près de 79 800 personnes travaillent dans l’ESS en Loire-Atlantique, dans environ 5 600 établissements employeurs. L’ESS y représente 13,2 % de l’emploi salarié.</p>' +
        '<p>Le département est marqué par une forte tradition coopérative et associative, visible dans l’agglomération nantaise comme dans le pays de Retz, le vignoble ou la presqu’île guérandaise.</p>',
    },
    {
      kind: 'programme',
      html:
        '<p>L’ESS est l’un des axes de la politique de développement territorial du Département, qui privilégie une approche de proximité : il soutient les projets qui créent de l’activité et du lien social dans les communes.</p>' +
        '<p>Il agit aussi en tant qu’acheteur public, dans le cadre d’un schéma de promotion des achats socialement et écologiquement responsables (SPASER).</p>',
    },
    {
      kind: 'actions',
      html:
        '<ul><li>Soutien à l’émergence de projets collectifs dans les territoires ruraux ;</li><li>aide à l’investissement des tiers-lieux et des commerces associatifs ;</li><li>appui aux coopératives d’activité et d’emploi ;</li><li>budget participatif départemental, ouvert aux projets associatifs et citoyens.</li></ul>' +
        '<p>Les projets sont suivis par les délégations territoriales du Département, au plus près des communes.</p>',
    },
    {
      kind: 'other',
      heading: 'Gouvernance et partenariats',
      html:
        '<p>La politique de l’ESS est élaborée avec un comité de partenaires réunissant la CRESS, les réseaux d’accompagnement, les intercommunalités et les financeurs solidaires.</p>' +
        '<p>Ce comité se réunit deux fois par an pour suivre les actions engagées et proposer de nouvelles pistes de travail.</p>',
    },
  ],
  figures: [
    { kind: 'ess_establishments', value: 5600, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'ess_jobs', value: 79800, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
    { kind: 'ess_employment_share', value: 13.2, year: 2022, source: 'Observatoire régional de l’ESS – CRESS Pays de la Loire' },
  ],
};
