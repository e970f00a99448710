/** Pieces shared by every form: the CSRF field, the error summary, a notice after an action. */
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';

/** The hidden CSRF token every state-changing form carries. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * The problems of a submitted form, announced to screen readers and focusable from the skip link
 * (GOV.UK pattern): nothing typed is lost, the form is shown again below with the values.
 */
export function ErrorSummary(props: { problems: string[]; title?: string }) {
  if (!props.problems.length) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="erreurs-titre" tabIndex={-1}>
      <h2 id="erreurs-titre">{props.title ?? 'Le formulaire n’a pas pu être enregistré'}</h2>
      <ul>
        {props.problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** A confirmation or information banner after an action. */
export function Notice(props: { children: ComponentChildren; kind?: 'success' | 'info' | 'warning' }) {
  return (
    <div class={`notice notice-${props.kind ?? 'success'}`} role="status">
      {props.children}
    </div>
  );
}

/** Reads a string field of a url-encoded form body ('' when absent or repeated oddly). */
export function field(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : '';
  return typeof value === 'string' ? value : '';
}

/** Reads every value of a repeated field. */
export function fields(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Radio buttons or checkboxes under a legend, each input with the id `<name>-<value>`. */
export function Choices(props: {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  hint?: string;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.hint && <p class="hint">{props.hint}</p>}
      {props.options.map((o) => (
        <div class={props.type}>
          <input
            id={`${props.name}-${o.value}`}
            name={props.name}
            type={props.type}
            value={o.value}
            checked={props.checked.includes(o.value)}
          />
          <label for={`${props.name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A labelled select of a GET filter form (its id is `filtre-<name>`). */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = `filtre-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The notice a page shows after a redirect (`?message=…`), from the page's own list; undefined otherwise. */
export function noticeOf(request: FastifyRequest, notices: Record<string, string>): string | undefined {
  const query: unknown = request.query;
  const message = query && typeof query === 'object' && 'message' in query ? query.message : undefined;
  return typeof message === 'string' && Object.hasOwn(notices, message) ? notices[message] : undefined;
}
