/**
 * The network that this site serves. `SITE` holds the settings the back office edits
 * (/admin/parametres): loaded from the database at start, and reloaded by every instance when the
 * content version moves (web/app.ts), so every page, feed and the OpenAPI title read it at render
 * time. `DEFAULT_SITE` applies until someone saves settings.
 */

/** The editable settings of the site. */
export interface SiteSettings {
  /** Full name, in the header, titles and feeds. */
  name: string;
  /** Short name, in the header and page titles. */
  shortName: string;
  /** Introduction text of the home page (plain text, paragraphs separated by blank lines). */
  description: string;
  /** Contact address shown in the footer; null for none. */
  contactEmail: string | null;
}

export const DEFAULT_SITE: Readonly<SiteSettings> = Object.freeze({
  name: 'Réseau des collectivités pour l’économie sociale et solidaire',
  shortName: 'Réseau ESS',
  description:
    'Le réseau des collectivités territoriales — régions, départements, métropoles, intercommunalités et communes — qui s’engagent pour l’économie sociale et solidaire.',
  contactEmail: null,
});

/** The live settings (mutated only through applySiteSettings). */
export const SITE: SiteSettings & { readonly foundedYear: number } = { ...DEFAULT_SITE, foundedYear: 2001 };

/** Replaces the live settings (at start, after a save, when another instance saved). */
export function applySiteSettings(settings: SiteSettings): void {
  SITE.name = settings.name;
  SITE.shortName = settings.shortName;
  SITE.description = settings.description;
  SITE.contactEmail = settings.contactEmail;
}
