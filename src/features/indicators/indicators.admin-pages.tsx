/** Back-office pages of the indicators: the list and the form (network admins only). */
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { Choices, CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { MEMBER_KIND_LABELS, MEMBER_KIND_OPTIONS } from '../../shared/member-kinds.ts';
import { plural } from '../../web/format.ts';
import { AGGREGATION_LABELS, AGGREGATIONS, type Indicator, type IndicatorInput } from './indicators.service.ts';

export function IndicatorListPage(props: { frame: AdminFrame; indicators: Indicator[]; notice?: string }) {
  return (
    <AdminLayout frame={props.frame} title="Indicateurs" current="indicateurs">
      <h1>Indicateurs du réseau</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        Les indicateurs sont les chiffres que le réseau demande à ses adhérents, chacun avec une définition précise. Seules les valeurs qui
        suivent la définition, pour une même année, sont comparées entre adhérents et additionnées dans les statistiques.
      </p>
      <p>
        <a class="button" href="/admin/indicateurs/nouveau">
          Ajouter un indicateur
        </a>
      </p>
      <table class="data-table">
        <caption>Indicateurs, dans l’ordre des profils</caption>
        <thead>
          <tr>
            <th scope="col">Libellé</th>
            <th scope="col">Code</th>
            <th scope="col">Unité</th>
            <th scope="col">Adhérents concernés</th>
            <th scope="col">Diffusion</th>
          </tr>
        </thead>
        <tbody>
          {props.indicators.map((i) => (
            <tr>
              <th scope="row">
                <a href={`/admin/indicateurs/${i.code}`}>{i.label}</a>
              </th>
              <td>
                <code>{i.code}</code>
              </td>
              <td>{i.unit}</td>
              <td>{i.memberKinds.length === 0 ? 'Tous' : i.memberKinds.map((k) => MEMBER_KIND_LABELS[k].many).join(', ')}</td>
              <td>{i.visibility === 'public' ? 'Publique' : 'Interne au réseau'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export function IndicatorFormPage(props: {
  frame: AdminFrame;
  values: IndicatorInput;
  creating: boolean;
  /** Members' values and campaign questions that use it (an indicator in use cannot be deleted). */
  uses?: { values: number; questions: number };
  problems?: string[];
}) {
  const v = props.values;
  const action = props.creating ? '/admin/indicateurs/nouveau' : `/admin/indicateurs/${v.code}`;
  const title = props.creating ? 'Nouvel indicateur' : `Indicateur : ${v.label}`;
  return (
    <AdminLayout frame={props.frame} title={title} current="indicateurs">
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/admin">Tableau de bord</a>
          </li>
          <li>
            <a href="/admin/indicateurs">Indicateurs</a>
          </li>
          <li aria-current="page">{props.creating ? 'Nouvel indicateur' : v.label}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <ErrorSummary problems={props.problems ?? []} title="L’indicateur n’a pas pu être enregistré" />
      <form method="post" action={action} class="form">
        <CsrfField token={props.frame.csrf} />
        <div class="field">
          <label for="label">Libellé</label>
          <input id="label" name="label" type="text" required maxLength={120} value={v.label} />
        </div>
        {props.creating ? (
          <div class="field">
            <label for="code">Code</label>
            <input
              id="code"
              name="code"
              type="text"
              required
              maxLength={40}
              pattern="[a-z][a-z0-9_]{1,39}"
              value={v.code}
              aria-describedby="code-hint"
            />
            <p class="hint" id="code-hint">
              Identifiant stable, repris dans l’API et les exports : lettres minuscules sans accent, chiffres et « _ ». Il ne pourra plus
              changer.
            </p>
          </div>
        ) : (
          <p>
            Code : <code>{v.code}</code> (ne change pas)
          </p>
        )}
        <div class="field field-small">
          <label for="unit">Unité</label>
          <input id="unit" name="unit" type="text" required maxLength={30} value={v.unit} aria-describedby="unit-hint" />
          <p class="hint" id="unit-hint">
            Par exemple €, %, ETP, établissements.
          </p>
        </div>
        <div class="field">
          <label for="definition">Définition</label>
          <textarea id="definition" name="definition" rows={5} required maxLength={2000} aria-describedby="definition-hint">
            {v.definition}
          </textarea>
          <p class="hint" id="definition-hint">
            Ce qui est compté et ce qui ne l’est pas, pour que tous les adhérents donnent le même chiffre (par exemple : « crédits dédiés à
            l’ESS votés au budget primitif, hors subventions de droit commun aux associations »).
          </p>
        </div>
        <Choices
          name="memberKinds"
          legend="Adhérents concernés"
          hint="Aucune case cochée : tous les types de collectivité."
          type="checkbox"
          options={MEMBER_KIND_OPTIONS}
          checked={v.memberKinds}
        />
        <Choices
          name="aggregation"
          legend="Agrégation à l’échelle du réseau"
          type="radio"
          options={AGGREGATIONS.map((a) => ({ value: a, label: AGGREGATION_LABELS[a] }))}
          checked={[v.aggregation]}
        />
        <div class="field checkbox">
          <input id="perInhabitant" name="perInhabitant" type="checkbox" value="1" checked={v.perInhabitant} />
          <label for="perInhabitant">Rapporter à la population (valeur par habitant)</label>
        </div>
        <Choices
          name="visibility"
          legend="Diffusion"
          type="radio"
          options={[
            { value: 'public', label: 'Publique : profils, comparaisons, statistiques, API' },
            { value: 'internal', label: 'Interne : visible du seul réseau' },
          ]}
          checked={[v.visibility]}
        />
        <div class="form-actions">
          <button type="submit" class="button">
            {props.creating ? 'Créer l’indicateur' : 'Enregistrer'}
          </button>
        </div>
      </form>
      {props.uses && (
        <section aria-labelledby="indicator-delete" class="danger-zone">
          <h2 id="indicator-delete">Supprimer l’indicateur</h2>
          {props.uses.values || props.uses.questions ? (
            <p>
              Cet indicateur est utilisé ({plural(props.uses.values, 'valeur d’adhérent', 'valeurs d’adhérents')},{' '}
              {plural(props.uses.questions, 'question de campagne', 'questions de campagne')}) : il ne peut pas être supprimé. Pour le
              retirer des pages publiques, choisissez « Interne : visible du seul réseau » ci-dessus.
            </p>
          ) : (
            <form method="post" action={`/admin/indicateurs/${v.code}/supprimer`}>
              <CsrfField token={props.frame.csrf} />
              <p>Aucun adhérent n’a de valeur pour cet indicateur et aucune campagne ne le demande : il peut être supprimé.</p>
              <button type="submit" class="button button-secondary">
                Supprimer l’indicateur « {v.label} »
              </button>
            </form>
          )}
        </section>
      )}
    </AdminLayout>
  );
}
