/** The comparison as CSV (web/csv.ts): one line per member; missing figures are empty cells. */
import { MEMBER_KIND_LABELS } from '../../shared/member-kinds.ts';
import { code, toCsv } from '../../web/csv.ts';
import type { ComparisonView } from './compare.present.ts';

/** The comparison as a CSV document: for each row a value, its year, its source, and why it does not compare (empty when it does). */
export function comparisonCsv(view: ComparisonView, publicUrl: string): string {
  const header = [
    'Adhérent',
    'Type',
    'Territoire',
    'Code officiel',
    'Année d’adhésion',
    ...view.rows.flatMap((r) => {
      const head = `${r.label}${r.year !== null ? ` ${r.year}` : ''}`;
      return [`${head} (${r.unit})`, `${r.label} — année`, `${r.label} — source`, `${r.label} — non comparable`];
    }),
    ...(view.sirene
      ? [
          `Établissements employeurs de l’ESS (SIRENE ${view.sirene.extractDate})`,
          'Part des établissements employeurs (%)',
          'Salariés de ces établissements — minimum',
          'Salariés de ces établissements — maximum',
        ]
      : []),
    'Profil',
  ];
  const lines = view.members.map((member, i) => [
    member.name,
    MEMBER_KIND_LABELS[member.kind].one,
    member.territory.name,
    code(member.territory.code),
    member.joinedYear,
    ...view.rows.flatMap((row) => {
      const cell = row.cells[i];
      if (!cell) return [null, null, null, null];
      return [cell.value, cell.year, cell.source, cell.reason];
    }),
    ...(view.sirene
      ? (() => {
          const c = view.sirene.cells[i];
          return c
            ? [c.employers, c.share === null ? null : Math.round(c.share * 1000) / 10, c.staffMin, c.staffMax]
            : [null, null, null, null];
        })()
      : []),
    `${publicUrl}/adherents/${member.slug}`,
  ]);
  return toCsv([header, ...lines]);
}
