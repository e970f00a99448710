/**
 * The versions table of a history page (profiles, news, resources): every version with its date,
 * author, origin and state, and two radio columns to pick the pair to compare (a GET form to
 * `action`). Each feature brings its rows and its words. RestoreForm is the form that posts one of
 * them back to the feature's restore route.
 */
import type { ComponentChildren } from 'preact';
import { formatDate, formatLongDate } from '../format.ts';
import { CsrfField } from '../forms.tsx';

export interface VersionRow {
  id: number;
  created_at: string;
  author: string;
  /** Already in French ("Modification", "Restauration"…). */
  origin: string;
  state: ComponentChildren;
}

export function VersionPicker(props: { action: string; caption: string; rows: VersionRow[] }) {
  const { rows } = props;
  if (rows.length === 0) return <p>Aucune version enregistrée pour le moment.</p>;
  return (
    <form method="get" action={props.action}>
      <p class="hint">Choisissez deux versions pour voir ce qui a changé entre elles.</p>
      <div class="table-scroll">
        <table class="data-table">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Date</th>
              <th scope="col">Auteur</th>
              <th scope="col">Origine</th>
              <th scope="col">État</th>
              <th scope="col">Ancienne</th>
              <th scope="col">Nouvelle</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr>
                <th scope="row">n° {r.id}</th>
                <td>{formatLongDate(r.created_at)}</td>
                <td>{r.author}</td>
                <td>{r.origin}</td>
                <td>{r.state}</td>
                <td>
                  <input
                    type="radio"
                    name="de"
                    value={String(r.id)}
                    checked={i === Math.min(1, rows.length - 1)}
                    aria-label={`Comparer depuis la version n° ${r.id}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="a"
                    value={String(r.id)}
                    checked={i === 0}
                    aria-label={`Comparer jusqu’à la version n° ${r.id}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" class="button button-secondary">
        Comparer les versions choisies
      </button>
    </form>
  );
}

/** A reviewed version's state, with the reviewer's comment under it (profiles and news). */
/** The "Restaurer une version" section: a version to choose and the feature's buttons (one "Restaurer" by default). */
export function RestoreForm(props: {
  action: string;
  csrf: string;
  versions: { id: number; created_at: string; state: string }[];
  hint: ComponentChildren;
  buttons?: ComponentChildren;
}) {
  return (
    <section aria-labelledby="restaurer">
      <h2 id="restaurer">Restaurer une version</h2>
      <p class="hint">{props.hint}</p>
      <form method="post" action={props.action} class="form inline-form">
        <CsrfField token={props.csrf} />
        <label for="version">Version</label>
        <select id="version" name="version">
          {props.versions.map((r) => (
            <option value={String(r.id)}>
              n° {r.id} — {formatDate(r.created_at)} — {r.state}
            </option>
          ))}
        </select>
        {props.buttons ?? (
          <button type="submit" class="button button-secondary">
            Restaurer
          </button>
        )}
      </form>
    </section>
  );
}

export function ReviewedState(props: { label: string; comment: string | null; reviewer: string | null }) {
  return (
    <>
      {props.label}
      {props.comment && (
        <>
          <br />
          <span class="muted">
            « {props.comment} »{props.reviewer ? ` — ${props.reviewer}` : ''}
          </span>
        </>
      )}
    </>
  );
}
