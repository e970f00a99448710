/**
 * Site settings: the network's name and short name, the home page's introduction and the contact
 * address. Validated in French, audited, and followed by a content-version bump so that every
 * instance reloads them and drops its cached pages.
 */
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { InvalidInput } from '../../errors.ts';
import { DEFAULT_SITE, type SiteSettings } from '../../web/site.ts';
import { audit } from '../accounts/accounts.public.ts';
import type { Actor } from '../accounts/accounts.public.ts';
import { isEmail, normalizeEmail } from '../accounts/accounts.public.ts';
import { readSettingValues, writeSettingValues } from './settings.repository.ts';

/** What the settings form sends. */
export interface SettingsInput {
  name: string;
  shortName: string;
  description: string;
  contactEmail: string;
}

export const LIMITS = { name: 150, shortName: 40, description: 1200 } as const;

/** The settings in force: what was saved, else the defaults. */
export async function loadSiteSettings(db: Db): Promise<SiteSettings> {
  const stored = await readSettingValues(db);
  return {
    name: stored.name || DEFAULT_SITE.name,
    shortName: stored.shortName || DEFAULT_SITE.shortName,
    description: stored.description || DEFAULT_SITE.description,
    contactEmail: stored.contactEmail === undefined ? DEFAULT_SITE.contactEmail : stored.contactEmail || null,
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Validates the form; throws InvalidInput with every problem at once. */
export function normalizeSettings(input: SettingsInput): SiteSettings {
  const problems: string[] = [];
  const name = oneLine(input.name);
  const shortName = oneLine(input.shortName);
  // Paragraphs are kept (blank lines), other runs of white space are folded.
  const description = input.description
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter(Boolean)
    .join('\n\n');
  const email = normalizeEmail(input.contactEmail);
  if (name.length < 3) problems.push('Nom du réseau : saisissez le nom complet du réseau (3 caractères au moins).');
  if (name.length > LIMITS.name) problems.push(`Nom du réseau : ${LIMITS.name} caractères au plus (${name.length} saisis).`);
  if (shortName.length < 2) problems.push('Nom court : saisissez le nom court affiché dans l’en-tête (2 caractères au moins).');
  if (shortName.length > LIMITS.shortName)
    problems.push(`Nom court : ${LIMITS.shortName} caractères au plus (${shortName.length} saisis).`);
  if (description.length < 20) problems.push('Texte d’introduction : présentez le réseau en une ou deux phrases (20 caractères au moins).');
  if (description.length > LIMITS.description)
    problems.push(
      `Texte d’introduction : ${LIMITS.description.toLocaleString('fr-FR')} caractères au plus (${description.length.toLocaleString('fr-FR')} saisis).`,
    );
  if (email && !isEmail(email))
    problems.push(
      'Adresse de contact : saisissez une adresse électronique valide, par exemple contact@reseau.fr, ou laissez le champ vide.',
    );
  if (problems.length) throw new InvalidInput(problems);
  return { name, shortName, description, contactEmail: email || null };
}

const LABELS: Record<keyof SiteSettings, string> = {
  name: 'nom du réseau',
  shortName: 'nom court',
  description: 'texte d’introduction',
  contactEmail: 'adresse de contact',
};

/** Validates and stores the settings, writes the audit entry, moves the content version. Returns what is now in force. */
export async function saveSiteSettings(db: Db, actor: Actor, input: SettingsInput, ip: string | null = null): Promise<SiteSettings> {
  const settings = normalizeSettings(input);
  const before = await loadSiteSettings(db);
  const changed = (Object.keys(LABELS) as (keyof SiteSettings)[]).filter((k) => before[k] !== settings[k]);
  if (changed.length === 0) return settings;
  await writeSettingValues(db, { ...settings, contactEmail: settings.contactEmail ?? '' });
  const shown = (value: string | null) => (value ? `« ${value} »` : 'aucune');
  const parts = changed.map((k) => (k === 'description' ? LABELS[k] : `${LABELS[k]} : ${shown(before[k])} → ${shown(settings[k])}`));
  await audit(db, actor, {
    action: 'settings.updated',
    target: { type: 'site', id: 'settings' },
    summary: `Paramètres du site modifiés — ${parts.join(' ; ')}.`,
    ip,
  });
  await bumpContentVersion(db);
  return settings;
}
