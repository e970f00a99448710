/**
 * Editing a profile in the back office: drafts, submission, moderation, publication, history and
 * restore. Every version is a row of `member_revisions` holding a full JSON snapshot:
 *
 *   draft ──submit──▶ submitted ──approve──▶ published
 *     │                   └──────reject───▶ rejected (with a comment the editor sees)
 *     └──submit (member in `direct` moderation, or an admin)──▶ published
 *
 * A member has at most one open draft, shared by its editors, and at most one submission waiting.
 * Publishing writes the snapshot to the live tables in the same transaction, re-indexes the member
 * for search and bumps the content version (page caches drop). "Dernière mise à jour" moves only
 * when the published content differs from what was online.
 */
import type { Db } from '../../../db/database.ts';
import { bumpContentVersion } from '../../../db/meta.repository.ts';
import { AppError, InvalidInput } from '../../../errors.ts';
import { renumberFootnotes } from '../../../shared/footnotes.ts';
import { htmlToText, normalizeRichText } from '../../../shared/html.ts';
import { parseDecimal } from '../../../shared/numbers.ts';
import { audit } from '../../accounts/accounts.public.ts';
import { can, type Actor } from '../../accounts/accounts.public.ts';
import { indexMember } from '../../search/search.public.ts';
import { SECTION_HEADINGS, SECTION_KINDS, type MemberKind, type SectionKind } from '../members.schemas.ts';
import { hashContent, snapshotProfile, sortFigures, type FigureValue, type ProfileSnapshot } from '../members.revisions.ts';
import { appliesTo, type Indicator } from '../../indicators/indicators.public.ts';
import { findMemberById, replaceProfileContent, updateMember } from '../members.repository.ts';
import type { MemberRow } from '../members.table.ts';
import { insertRevision, queue, sameContent, workflow, type EditorialSubject } from '../../revisions/revisions.public.ts';

/** What the edit form sends, already read from the request. */
export interface ProfileInput {
  website: string;
  sections: { kind: string; heading: string; html: string; position: number; remove: boolean }[];
  figures: FigureInputRow[];
}

/** One row of the figures table as typed: an indicator, a year, a value, its source and how it stands against the definition. */
export interface FigureInputRow {
  kind: string;
  value: string;
  year: string;
  source: string;
  /** `oui`, `non`, or empty (not stated). */
  follows: string;
  note: string;
  remove: boolean;
}

/** The editable part of a snapshot: sections, figures, website. */
export type ProfileContent = Pick<ProfileSnapshot, 'sections' | 'figures'> & { website: string | null };

export const MAX_SECTIONS = 20;
const MAX_HTML = 100_000;

/**
 * Validates and normalises the form: sanitized HTML, page-unique footnotes, one section per canonical
 * kind, a heading for free sections, figures of the network's indicators (those that apply to this
 * kind of member) with a number, a plausible year, one value per indicator and year, and a note when
 * the value does not follow the definition. Throws InvalidInput with every problem at once, in French.
 */
export function normalizeProfileInput(
  input: ProfileInput,
  context: { indicators: Indicator[]; memberKind: MemberKind },
  now = new Date(),
): ProfileContent {
  const problems: string[] = [];
  const website = input.website.trim();
  if (website && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(website))
    problems.push('Site internet : saisissez une adresse complète, commençant par https://.');

  const kept = input.sections
    .map((s, index) => ({ ...s, index }))
    .filter((s) => !s.remove && (s.html.trim() !== '' || s.heading.trim() !== ''))
    .sort((a, b) => a.position - b.position || a.index - b.index);
  if (kept.length > MAX_SECTIONS) problems.push(`Sections : ${MAX_SECTIONS} au plus.`);
  const seen = new Set<string>();
  const sections: ProfileSnapshot['sections'] = [];
  for (const [n, s] of kept.entries()) {
    const label = `Section ${n + 1}${s.heading.trim() ? ` (« ${s.heading.trim().slice(0, 60)} »)` : ''}`;
    const kind = (SECTION_KINDS as readonly string[]).includes(s.kind) ? (s.kind as SectionKind) : 'other';
    if (kind !== 'other') {
      if (seen.has(kind)) problems.push(`${label} : la section « ${SECTION_HEADINGS[kind]} » figure deux fois ; gardez-en une seule.`);
      seen.add(kind);
    }
    const heading = s.heading.trim().replace(/\s+/g, ' ');
    if (kind === 'other' && !heading) problems.push(`${label} : donnez un titre à cette section.`);
    if (heading.length > 150) problems.push(`${label} : le titre ne doit pas dépasser 150 caractères.`);
    // Textareas post CRLF line ends; stored HTML keeps plain newlines.
    const html = normalizeRichText(s.html);
    if (html.length > MAX_HTML)
      problems.push(`${label} : le texte est trop long (${MAX_HTML.toLocaleString('fr-FR')} caractères au plus).`);
    if (!htmlToText(html)) problems.push(`${label} : le texte est vide. Écrivez-le, ou cochez « Supprimer cette section ».`);
    sections.push({ kind, heading: kind !== 'other' && heading === SECTION_HEADINGS[kind] ? null : heading || null, html });
  }
  const renumbered = renumberFootnotes(sections.map((s) => s.html));
  sections.forEach((s, i) => (s.html = normalizeRichText(renumbered[i]!)));

  const figures = normalizeFigures(input.figures, context, now, problems);
  if (problems.length) throw new InvalidInput(problems);
  return { website: website || null, sections, figures };
}

export const MAX_FIGURES = 200;

function normalizeFigures(
  rows: FigureInputRow[],
  { indicators, memberKind }: { indicators: Indicator[]; memberKind: MemberKind },
  now: Date,
  problems: string[],
): FigureValue[] {
  const figures: FigureValue[] = [];
  const maxYear = now.getUTCFullYear() + 1;
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const taken = new Set<string>();
  for (const [n, f] of rows.entries()) {
    const filled = [f.value, f.year, f.source, f.note].some((v) => v.trim() !== '');
    if (f.remove || !filled) continue;
    const indicator = byCode.get(f.kind);
    const label = indicator ? `${indicator.label}${f.year.trim() ? ` ${f.year.trim()}` : ''}` : `Chiffre ${n + 1}`;
    if (!indicator) {
      problems.push(`${label} : choisissez l’indicateur auquel correspond ce chiffre.`);
      continue;
    }
    if (!appliesTo(indicator, memberKind)) {
      problems.push(`${label} : cet indicateur n’est pas demandé à ce type de collectivité ; supprimez cette ligne.`);
      continue;
    }
    const value = parseDecimal(f.value);
    if (value === null || value < 0)
      problems.push(`${label} : la valeur « ${f.value.trim() || '(vide)'} » n’est pas un nombre (exemples : 1 875 ; 35,2).`);
    if ((indicator.aggregation === 'share' || indicator.unit === '%') && value !== null && value > 100)
      problems.push(`${label} : une part ne peut pas dépasser 100 %.`);
    const yearText = f.year.trim();
    const year = yearText === '' ? null : Number(yearText);
    if (year !== null && (!/^\d{4}$/.test(yearText) || year < 1980 || year > maxYear))
      problems.push(`${label} : l’année « ${yearText} » doit être comprise entre 1980 et ${maxYear}.`);
    const key = `${indicator.code}|${year ?? ''}`;
    if (taken.has(key))
      problems.push(`${label} : ce chiffre est saisi deux fois pour ${year ?? 'une année non précisée'} ; gardez une seule ligne.`);
    taken.add(key);
    const source = f.source.trim().replace(/\s+/g, ' ');
    if (source.length > 300) problems.push(`${label} : la source ne doit pas dépasser 300 caractères.`);
    const followsDefinition = f.follows === 'oui' ? true : f.follows === 'non' ? false : null;
    const note = f.note.trim().replace(/\s+/g, ' ');
    if (followsDefinition === false && !note)
      problems.push(
        `${label} : expliquez en quoi ce chiffre diffère de la définition du réseau (par exemple : « toutes subventions aux associations comprises »).`,
      );
    if (note.length > 500) problems.push(`${label} : l’explication ne doit pas dépasser 500 caractères.`);
    if (value !== null)
      figures.push({
        kind: indicator.code,
        value,
        unit: indicator.unit,
        year,
        source: source || null,
        status: 'declared',
        followsDefinition,
        definitionNote: followsDefinition === false ? note : null,
        sourceText: null,
      });
  }
  if (figures.length > MAX_FIGURES) problems.push(`Chiffres clés : ${MAX_FIGURES} valeurs au plus.`);
  return sortFigures(figures);
}

/**
 * What an editor's figures keep from the version they start from: a value left as it was keeps its
 * status (validated by the network, or extracted and still to confirm) and the sentence it was read
 * from; a value changed in any way is the member's declaration.
 */
export function carryStatuses(figures: FigureValue[], base: FigureValue[]): FigureValue[] {
  return figures.map((f) => {
    const before = base.find((b) => b.kind === f.kind && b.year === f.year);
    const same =
      before &&
      before.value === f.value &&
      before.source === f.source &&
      before.followsDefinition === f.followsDefinition &&
      before.definitionNote === f.definitionNote;
    return same ? { ...f, status: before.status, sourceText: before.sourceText } : { ...f, status: 'declared', sourceText: null };
  });
}

// --- the profile as an editorial subject ------------------------------------------------------

export function contentOf(snapshot: ProfileSnapshot): ProfileContent {
  return { sections: snapshot.sections, figures: snapshot.figures, website: snapshot.website ?? null };
}

/** What "changed" means for a profile (and for "Dernière mise à jour"): the content, its HTML normalized. */
function comparable(snapshot: ProfileSnapshot) {
  const content = contentOf(snapshot);
  return { ...content, sections: content.sections.map((s) => ({ ...s, html: normalizeRichText(s.html) })) };
}

/** A member's profile in the editorial workflow. */
export const profiles: EditorialSubject<MemberRow, ProfileSnapshot, ProfileContent> = {
  type: 'member',
  action: 'profile',
  label: (member) => `du profil de ${member.name}`,
  publishedSummary: (member) => `Profil de ${member.name} publié`,
  editPath: (_db, member) => `/admin/adherents/${member.slug}/profil`,
  auditTarget: (member) => ({ type: 'member', id: member.slug }),
  find: (db, id) => findMemberById(db, id),
  id: (member) => member.id,
  live: (db, member) => snapshotProfile(db, member.id),
  liveDate: (member) => member.content_updated_at,
  hash: hashContent,
  moderation: async (_db, member) => member.moderation,
  assertCanEdit: async (_db, actor, member) => {
    if (!can(actor, 'member.edit', { memberId: member.id }))
      throw new AppError('forbidden', 'Votre compte ne permet pas de modifier ce profil.');
  },
  draftOf: (member, content, now, base) => ({
    name: member.name,
    joinedYear: member.joined_year,
    updatedAt: now.toISOString(),
    website: content.website,
    sections: content.sections,
    figures: carryStatuses(content.figures, base?.figures ?? []),
  }),
  contentOf,
  comparable,
  publish: async (db, member, snapshot, now) => {
    const live = await snapshotProfile(db, member.id);
    const changed = !sameContent(profiles, live, snapshot);
    const updatedAt = changed ? now.toISOString() : member.content_updated_at;
    const content = contentOf(snapshot);
    await replaceProfileContent(
      db,
      member.id,
      { ...content, sections: content.sections.map((s) => ({ ...s, html: normalizeRichText(s.html) })) },
      updatedAt,
    );
    await indexMember(db, member.id);
    await bumpContentVersion(db);
    return { snapshot: { ...snapshot, updatedAt }, note: changed ? '' : ' (contenu identique à la version en ligne)' };
  },
};

/**
 * Writes values validated by the network (a campaign's answers) into a profile: published at once as
 * a version of origin `campaign`, and carried into the open draft and the waiting submission, so
 * that neither takes them back. A value of the same indicator and year is replaced.
 */
export async function publishValidatedFigures(
  db: Db,
  actor: Actor,
  member: MemberRow,
  values: FigureValue[],
  what: string,
  now = new Date(),
): Promise<boolean> {
  if (values.length === 0) return false;
  const merge = (figures: FigureValue[]) =>
    sortFigures([...figures.filter((f) => !values.some((v) => v.kind === f.kind && v.year === f.year)), ...values]);
  const live = await snapshotProfile(db, member.id);
  const next = { ...live, figures: merge(live.figures) };
  await workflow.amendOpenVersions(db, profiles, member, (snapshot) => ({ ...snapshot, figures: merge(snapshot.figures) }));
  if (sameContent(profiles, live, next)) return false;
  const { snapshot } = await profiles.publish(db, member, next, now);
  await insertRevision(db, {
    subject_type: 'member',
    subject_id: member.id,
    created_at: now.toISOString(),
    author: actor.name,
    author_id: actor.id,
    origin: 'campaign',
    state: 'published',
    content_hash: hashContent(snapshot),
    snapshot: JSON.stringify(snapshot),
  });
  await audit(
    db,
    actor,
    { action: 'profile.figures_validated', target: { type: 'member', id: member.slug }, summary: `Profil de ${member.name} : ${what}.` },
    now,
  );
  return true;
}

/** Profile submissions waiting for the network, oldest first, with their member. */
export async function moderationQueue(db: Db) {
  return (await queue(db, profiles)).map(({ revision, row }) => ({
    id: revision.id,
    created_at: revision.created_at,
    author: revision.author,
    member_name: row.name,
    member_slug: row.slug,
  }));
}

export async function setModeration(db: Db, actor: Actor, member: MemberRow, moderation: MemberRow['moderation']): Promise<void> {
  if (member.moderation === moderation) return;
  await updateMember(db, member.id, { moderation });
  await audit(db, actor, {
    action: 'member.moderation_changed',
    target: { type: 'member', id: member.slug },
    summary: `Profil de ${member.name} : ${moderation === 'direct' ? 'les modifications sont publiées sans validation' : 'les modifications attendent la validation du réseau'}.`,
  });
}
