/** The decision block of a moderation page (profiles and news): approve, or reject with a comment. */
import { CsrfField, ErrorSummary } from '../forms.tsx';

export function ModerationDecision(props: { action: string; csrf: string; problems?: string[] | undefined; comment?: string | undefined }) {
  return (
    <>
      <ErrorSummary problems={props.problems ?? []} title="La décision n’a pas pu être enregistrée" />
      <div class="moderation-actions">
        <form method="post" action={props.action} class="form">
          <CsrfField token={props.csrf} />
          <input type="hidden" name="decision" value="approve" />
          <button type="submit" class="button">
            Valider et publier
          </button>
        </form>
        <form method="post" action={props.action} class="form">
          <CsrfField token={props.csrf} />
          <input type="hidden" name="decision" value="reject" />
          <div class="field">
            <label for="comment">Commentaire pour le rédacteur (obligatoire pour refuser)</label>
            <textarea id="comment" name="comment" rows={4} maxLength={2000}>
              {props.comment ?? ''}
            </textarea>
          </div>
          <button type="submit" class="button button-danger">
            Refuser
          </button>
        </form>
      </div>
    </>
  );
}
