/** The site settings page of the back office. */
import { CsrfField, ErrorSummary, Notice } from '../../web/forms.tsx';
import { AdminLayout, type AdminFrame } from '../../web/admin/layout.tsx';
import { LIMITS, type SettingsInput } from './settings.service.ts';

export function SettingsPage(props: { frame: AdminFrame; values: SettingsInput; problems?: string[]; notice?: string }) {
  const v = props.values;
  return (
    <AdminLayout frame={props.frame} title="Paramètres du site" current="parametres">
      <h1>Paramètres du site</h1>
      {props.notice && <Notice>{props.notice}</Notice>}
      <p>
        Ces informations apparaissent sur toutes les pages publiques : en-tête, titre des pages, pied de page, page d’accueil, flux
        d’actualités et API.
      </p>
      <ErrorSummary problems={props.problems ?? []} title="Les paramètres n’ont pas pu être enregistrés" />
      <form method="post" action="/admin/parametres" class="form settings-form">
        <CsrfField token={props.frame.csrf} />
        <div class="field">
          <label for="name">Nom du réseau</label>
          <input id="name" name="name" type="text" required maxLength={LIMITS.name} value={v.name} aria-describedby="name-hint" />
          <p class="hint" id="name-hint">
            Affiché sous le nom court dans l’en-tête, en titre de la page d’accueil et dans le pied de page.
          </p>
        </div>
        <div class="field">
          <label for="shortName">Nom court</label>
          <input
            id="shortName"
            name="shortName"
            type="text"
            required
            maxLength={LIMITS.shortName}
            value={v.shortName}
            aria-describedby="shortName-hint"
          />
          <p class="hint" id="shortName-hint">
            Sigle ou nom d’usage, repris dans le titre de chaque page ({LIMITS.shortName} caractères au plus).
          </p>
        </div>
        <div class="field">
          <label for="description">Texte d’introduction</label>
          <textarea
            id="description"
            name="description"
            rows={6}
            required
            maxLength={LIMITS.description}
            aria-describedby="description-hint"
          >
            {v.description}
          </textarea>
          <p class="hint" id="description-hint">
            Présente le réseau en tête de la page d’accueil et dans la description donnée aux moteurs de recherche. Texte simple ; une ligne
            vide sépare deux paragraphes.
          </p>
        </div>
        <div class="field">
          <label for="contactEmail">Adresse de contact (facultative)</label>
          <input
            id="contactEmail"
            name="contactEmail"
            type="email"
            maxLength={254}
            value={v.contactEmail}
            autocomplete="email"
            aria-describedby="contactEmail-hint"
          />
          <p class="hint" id="contactEmail-hint">
            Affichée dans le pied de page de toutes les pages. Laissez vide pour n’en afficher aucune.
          </p>
        </div>
        <div class="form-actions">
          <button type="submit" class="button">
            Enregistrer les paramètres
          </button>
        </div>
      </form>
    </AdminLayout>
  );
}
