/** Demo resources: public, members-only and staff-only, one with a PDF generated here. */
import type { ResourceInput } from '../resources/resources.public.ts';

/** A small, valid one-page PDF showing `lines` (Helvetica, ASCII), with a correct cross-reference table. */
export function simplePdf(lines: string[]): Buffer {
  const text = lines
    .map((l, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 56 ${780 - i * 24} Td (${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function demoResources(): ResourceInput[] {
  return [
    {
      slug: 'guide-pole-territorial-cooperation-economique',
      title: 'Guide : créer un pôle territorial de coopération économique',
      type: 'guide',
      summary: 'Les étapes, les partenaires et les financements mobilisables pour accompagner la création d’un PTCE sur son territoire.',
      bodyHtml:
        '<h2>Pourquoi un PTCE ?</h2><p>Un pôle territorial de coopération économique réunit des structures de l’ESS, des entreprises, des collectivités et des établissements de formation autour d’un projet commun.</p><h2>Les étapes</h2><ol><li>Réunir les acteurs</li><li>Formaliser le projet</li><li>Trouver les financements</li></ol>',
      visibility: 'public',
      publishedAt: '2026-09-14',
      themeSlugs: ['cooperation-territoriale'],
      memberSlugs: ['region-nouvelle-aquitaine'],
      territoryCodes: ['region-75'],
      isDemo: true,
      attachments: [
        {
          title: 'Guide PTCE (version imprimable)',
          upload: {
            filename: 'guide-ptce.pdf',
            mimetype: 'application/pdf',
            truncated: false,
            data: simplePdf([
              'Guide : creer un PTCE',
              'Demonstration - reseau des collectivites pour l ESS',
              '1. Reunir les acteurs',
              '2. Formaliser le projet',
              '3. Trouver les financements',
            ]),
          },
        },
      ],
    },
    {
      slug: 'fiche-initiative-126-legumerie-solidaire',
      title: 'Une légumerie solidaire pour la restauration collective',
      type: 'fiche-initiative',
      series: 'Fiches initiatives',
      number: 126,
      summary:
        'Comment une intercommunalité a soutenu une légumerie portée par un chantier d’insertion pour fournir les cantines en produits locaux.',
      bodyHtml:
        '<p>La légumerie transforme chaque semaine deux tonnes de légumes locaux pour les écoles du territoire, en employant douze salariés en insertion.</p>',
      visibility: 'public',
      publishedAt: '2026-06-03',
      themeSlugs: ['alimentation', 'insertion-activite-economique'],
      memberSlugs: ['grand-poitiers'],
      territoryCodes: ['200069854', 'departement-86'],
      isDemo: true,
    },
    {
      slug: 'note-juridique-reservation-marches',
      title: 'Note juridique : réserver des marchés publics aux structures de l’ESS',
      type: 'note-juridique',
      series: 'Notes juridiques',
      number: 12,
      summary: 'Ce que permettent les articles L2113-12 à L2113-16 du code de la commande publique, avec des exemples de clauses.',
      bodyHtml:
        '<p>Les acheteurs peuvent réserver des marchés ou des lots aux structures d’insertion par l’activité économique et aux entreprises adaptées. Cette note détaille les conditions et propose des clauses types.</p>',
      visibility: 'members',
      publishedAt: '2026-10-20',
      themeSlugs: ['commande-publique-responsable'],
      isDemo: true,
      attachments: [
        {
          title: 'Clauses types (PDF)',
          upload: {
            filename: 'clauses-types-reservation.pdf',
            mimetype: 'application/pdf',
            truncated: false,
            data: simplePdf(['Clauses types : marches reserves', 'Document reserve aux adherents du reseau']),
          },
        },
      ],
    },
    {
      slug: 'etude-monnaies-locales-2026',
      title: 'Étude : les monnaies locales complémentaires dans les collectivités',
      type: 'etude',
      summary:
        'Une enquête auprès de quarante collectivités sur leur soutien aux monnaies locales : adhésion, paiement des services, subventions.',
      bodyHtml: '<p>Résultats détaillés de l’enquête, réservés aux adhérents du réseau.</p>',
      visibility: 'members',
      publishedAt: '2026-03-11',
      themeSlugs: ['finance-solidaire-monnaies-locales'],
      isDemo: true,
    },
    {
      slug: 'replay-rencontres-tiers-lieux',
      title: 'Replay : rencontres nationales des tiers-lieux',
      type: 'replay',
      summary: 'La captation des tables rondes sur le rôle des collectivités dans le développement des tiers-lieux.',
      bodyHtml: '<p>Trois tables rondes avec des élus et des porteurs de projets.</p>',
      visibility: 'public',
      publishedAt: '2025-11-28',
      themeSlugs: ['tiers-lieux'],
      isDemo: true,
    },
    {
      slug: 'compte-rendu-conseil-administration-octobre',
      title: 'Compte rendu du conseil d’administration d’octobre',
      type: 'autre',
      summary: 'Relevé de décisions du conseil d’administration du réseau.',
      bodyHtml: '<p>Document de travail de l’équipe du réseau.</p>',
      visibility: 'staff',
      publishedAt: '2026-10-30',
      isDemo: true,
    },
  ];
}
