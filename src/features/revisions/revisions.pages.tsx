/** Views every subject's history and moderation pages share: version states, one history row, the diff. */
import type { VNode } from 'preact';
import type { BlockDiff, BlockKind, Mark, Piece } from '../../shared/rich-diff.ts';
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

const BLOCK_LABELS: Record<BlockKind, string> = {
  p: 'Paragraphe',
  heading: 'Intertitre',
  li: 'Élément de liste',
  quote: 'Citation',
  cell: 'Cellule de tableau',
};
const BLOCK_STATUS = { same: '', changed: ' modifié', added: ' ajouté', removed: ' supprimé' } as const;

/** A run of words with its formatting: bold, italics, links (their address shown when they change). */
function PieceText({ piece, marks }: { piece: Piece; marks: Mark[] }): VNode {
  const [mark, ...inner] = marks;
  if (!mark) return <>{piece.text}</>;
  const content = <PieceText piece={piece} marks={inner} />;
  if (mark.tag !== 'a') {
    const Tag = mark.tag;
    return <Tag>{content}</Tag>;
  }
  return (
    <>
      <a href={mark.href}>{content}</a>
      {piece.op !== 'same' && <span class="diff-href"> ({mark.href})</span>}
    </>
  );
}

function PieceView({ piece }: { piece: Piece }) {
  const text = <PieceText piece={piece} marks={piece.marks} />;
  if (piece.op === 'same') return text;
  const Tag = piece.op === 'add' ? 'ins' : 'del';
  const said = piece.op === 'add' ? 'ajouté' : 'supprimé';
  return (
    <Tag>
      <span class="visually-hidden">[{said} : </span>
      {text}
      <span class="visually-hidden">]</span>
    </Tag>
  );
}

/**
 * The blocks of a changed section: every changed block, with the unchanged ones next to a change
 * for context; longer unchanged stretches are counted, not shown.
 */
function BlocksView({ blocks }: { blocks: BlockDiff[] }) {
  const near = (i: number) => [i - 1, i, i + 1].some((k) => blocks[k] !== undefined && blocks[k]!.status !== 'same');
  const out: VNode[] = [];
  let skipped = 0;
  const skip = () => {
    if (skipped) out.push(<p class="diff-skip">[{skipped === 1 ? '1 bloc inchangé' : `${skipped} blocs inchangés`}]</p>);
    skipped = 0;
  };
  blocks.forEach((b, i) => {
    if (!near(i)) return void skipped++;
    skip();
    out.push(
      <div class={`diff-block diff-block-${b.kind} diff-block-${b.status}`}>
        <span class="visually-hidden">
          {BLOCK_LABELS[b.kind]}
          {BLOCK_STATUS[b.status]} :{' '}
        </span>
        {b.pieces.map((p) => (
          <PieceView piece={p} />
        ))}
      </div>,
    );
  });
  skip();
  return <div class="diff-text">{out}</div>;
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
          {s.status !== 'same' && s.status !== 'moved' && <BlocksView blocks={s.blocks} />}
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
