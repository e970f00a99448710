/** Views every subject's history and moderation pages share: version states, one history row, the diff. */
import type { VersionDiff } from './revisions.diff.ts';
import type { RevisionState } from './revisions.table.ts';

export const STATE_LABELS: Record<RevisionState, string> = {
  draft: 'Brouillon',
  submitted: 'En attente de validation',
  published: 'Publiée',
  rejected: 'Refusée',
  superseded: 'Brouillon remplacé',
};

/** One line of a history page. */
export interface HistoryRow {
  id: number;
  created_at: string;
  author: string;
  origin: string;
  state: RevisionState;
  reviewed_at: string | null;
  review_comment: string | null;
  reviewer_name: string | null;
}

/** The readable diff: removed words struck through, added words underlined, each announced. */
export function DiffView({ diff }: { diff: VersionDiff }) {
  if (!diff.changed) return <p>Aucune différence entre ces deux versions.</p>;
  const statusLabel = { same: 'inchangée', changed: 'modifiée', added: 'ajoutée', removed: 'supprimée', moved: 'déplacée' } as const;
  return (
    <div class="diff">
      {diff.sections.map((s) => (
        <section class={`diff-section diff-${s.status}`}>
          <h3>
            {s.heading} <span class="diff-status">({statusLabel[s.status]})</span>
          </h3>
          {s.status !== 'same' && (
            <p class="diff-text">
              {s.parts.map((p) =>
                p.op === 'same' ? (
                  p.text
                ) : p.op === 'add' ? (
                  <ins>
                    <span class="visually-hidden">[ajouté : </span>
                    {p.text}
                    <span class="visually-hidden">]</span>
                  </ins>
                ) : (
                  <del>
                    <span class="visually-hidden">[supprimé : </span>
                    {p.text}
                    <span class="visually-hidden">]</span>
                  </del>
                ),
              )}
            </p>
          )}
        </section>
      ))}
      {diff.figures.length > 0 && (
        <table class="data-table">
          <caption>Chiffres clés modifiés</caption>
          <thead>
            <tr>
              <th scope="col">Chiffre</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {diff.figures.map((f) => (
              <tr>
                <th scope="row">{f.label}</th>
                <td>{f.before ?? '—'}</td>
                <td>{f.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.website && (
        <p>
          Site internet : {diff.website.before ?? '(aucun)'} → {diff.website.after ?? '(aucun)'}
        </p>
      )}
    </div>
  );
}
