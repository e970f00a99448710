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
import type { Db } from '../../db/database.ts';
import { bumpContentVersion } from '../../db/meta.repository.ts';
import { AppError, InvalidInput, notFound } from '../../errors.ts';
import { renumberFootnotes } from '../../shared/footnotes.ts';
import { htmlToText, sanitizeRichText } from '../../shared/html.ts';
import { audit } from '../accounts/accounts.audit.ts';
import { can, type Actor } from '../accounts/accounts.policy.ts';
import { indexMember } from '../search/search.index.ts';
import { FIGURE_DEFINITIONS, FIGURE_KINDS, SECTION_HEADINGS, SECTION_KINDS, type FigureKind, type SectionKind } from './members.schemas.ts';
import { hashContent, snapshotProfile, type ProfileSnapshot } from './members.revisions.ts';
import { listMembersByIds } from './members.repository.ts';
import type { MemberRow } from './members.table.ts';
import * as revisions from '../revisions/revisions.repository.ts';
import type { RevisionRow, RevisionState } from '../revisions/revisions.table.ts';

/** What the edit form sends, already read from the request. */
export interface ProfileInput {
  website: string;
  sections: { kind: string; heading: string; html: string; position: number; remove: boolean }[];
  figures: { kind: string; value: string; unit: string; year: string; source: string }[];
}

/** The editable part of a snapshot: sections, figures, website. */
export type ProfileContent = Pick<ProfileSnapshot, 'sections' | 'figures'> & { website: string | null };

export const MAX_SECTIONS = 20;
const MAX_HTML = 100_000;

/** Reads "35 200 000", "35,2", "4.5" as a number; null when it is not one. */
export function parseDecimal(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[€%]$/, '');
  if (!/^-?\d+([.,]\d+)?$/.test(clean)) return null;
  const value = Number(clean.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/**
 * Validates and normalises the form: sanitized HTML, page-unique footnotes, one section per canonical
 * kind, a heading for free sections, figures with a number and a plausible year. Throws InvalidInput
 * with every problem at once, in French.
 */
export function normalizeProfileInput(input: ProfileInput, now = new Date()): ProfileContent {
  const problems: string[] = [];
  const website = input.website.trim();
  if (website && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(website)) problems.push('Site internet : saisissez une adresse complète, commençant par https://.');

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
    const html = sanitizeRichText(s.html.replace(/\r\n?/g, '\n'));
    if (html.length > MAX_HTML) problems.push(`${label} : le texte est trop long (${MAX_HTML.toLocaleString('fr-FR')} caractères au plus).`);
    if (!htmlToText(html)) problems.push(`${label} : le texte est vide. Écrivez-le, ou cochez « Supprimer cette section ».`);
    sections.push({ kind, heading: kind !== 'other' && heading === SECTION_HEADINGS[kind] ? null : heading || null, html });
  }
  const renumbered = renumberFootnotes(sections.map((s) => s.html));
  sections.forEach((s, i) => (s.html = sanitizeRichText(renumbered[i]!)));

  const figures: ProfileSnapshot['figures'] = [];
  const maxYear = now.getUTCFullYear() + 1;
  for (const f of input.figures) {
    if (!(FIGURE_KINDS as readonly string[]).includes(f.kind)) continue;
    const kind = f.kind as FigureKind;
    const label = FIGURE_DEFINITIONS[kind].label;
    const filled = [f.value, f.year, f.source].some((v) => v.trim() !== '');
    if (!filled) continue;
    const value = parseDecimal(f.value);
    if (value === null || value < 0) problems.push(`${label} : la valeur « ${f.value.trim() || '(vide)'} » n’est pas un nombre (exemples : 1 875 ; 35,2).`);
    if (kind === 'ess_employment_share' && value !== null && value > 100) problems.push(`${label} : une part ne peut pas dépasser 100 %.`);
    const yearText = f.year.trim();
    const year = yearText === '' ? null : Number(yearText);
    if (year !== null && (!/^\d{4}$/.test(yearText) || year < 1980 || year > maxYear)) problems.push(`${label} : l’année « ${yearText} » doit être comprise entre 1980 et ${maxYear}.`);
    const unit = f.unit.trim() || FIGURE_DEFINITIONS[kind].unit;
    if (unit.length > 30) problems.push(`${label} : l’unité ne doit pas dépasser 30 caractères.`);
    const source = f.source.trim().replace(/\s+/g, ' ');
    if (source.length > 300) problems.push(`${label} : la source ne doit pas dépasser 300 caractères.`);
    if (value !== null) figures.push({ kind, value, unit, year, source: source || null, confirmed: true, sourceText: null });
  }
  if (problems.length) throw new InvalidInput(problems);
  return { website: website || null, sections, figures };
}

// --- reading ---------------------------------------------------------------------------------

export interface RevisionView extends Omit<RevisionRow, 'snapshot'> {
  member_id: number;
  snapshot: ProfileSnapshot;
}

const subject = (memberId: number) => ({ type: 'member', id: memberId }) as const;
const parse = (row: RevisionRow): RevisionView => ({ ...row, member_id: row.subject_id, snapshot: JSON.parse(row.snapshot) as ProfileSnapshot });

/** A version of a profile (undefined for a version of something else). */
export async function findRevision(db: Db, id: number): Promise<RevisionView | undefined> {
  const row = await revisions.findRevision(db, id);
  return row?.subject_type === 'member' ? parse(row) : undefined;
}

async function openRevision(db: Db, memberId: number, state: RevisionState): Promise<RevisionView | undefined> {
  const row = await revisions.latestRevision(db, subject(memberId), { state });
  return row ? parse(row) : undefined;
}

export const findDraft = (db: Db, memberId: number) => openRevision(db, memberId, 'draft');
export const findSubmission = (db: Db, memberId: number) => openRevision(db, memberId, 'submitted');

/** The latest published revision (recording one from the live content when there is none yet). */
export async function latestPublished(db: Db, memberId: number): Promise<RevisionView> {
  const found = await openRevision(db, memberId, 'published');
  if (found) return found;
  const snapshot = await snapshotProfile(db, memberId);
  const id = await revisions.insertRevision(db, {
    subject_type: 'member', subject_id: memberId, created_at: snapshot.updatedAt, author: 'Contenu existant', author_id: null, origin: 'snapshot', state: 'published',
    content_hash: hashContent(snapshot), snapshot: JSON.stringify(snapshot),
  });
  return (await findRevision(db, id))!;
}

/** What the edit form starts from: the open draft, else the waiting submission, else what is online. */
export async function editableContent(db: Db, memberId: number): Promise<{ content: ProfileContent; from: 'draft' | 'submitted' | 'published'; revision: RevisionView | null }> {
  const draft = (await findDraft(db, memberId)) ?? (await findSubmission(db, memberId));
  if (draft) return { content: contentOf(draft.snapshot), from: draft.state === 'draft' ? 'draft' : 'submitted', revision: draft };
  const live = await snapshotProfile(db, memberId);
  return { content: contentOf(live), from: 'published', revision: null };
}

export function contentOf(snapshot: ProfileSnapshot): ProfileContent {
  return { sections: snapshot.sections, figures: snapshot.figures, website: snapshot.website ?? null };
}

export function listHistory(db: Db, memberId: number) {
  return revisions.listHistory(db, subject(memberId));
}

/** The last refusal of a profile's submission, when nothing was published since. */
export function lastRejection(db: Db, memberId: number) {
  return revisions.lastRejection(db, subject(memberId));
}

/** Profile submissions waiting for the network, oldest first, with their member. */
export async function moderationQueue(db: Db) {
  const rows = await revisions.listSubmitted(db, 'member');
  const members = await listMembersByIds(db, [...new Set(rows.map((r) => r.subject_id))]);
  const byId = new Map(members.map((m) => [m.id, m]));
  return rows.flatMap((r) => {
    const member = byId.get(r.subject_id);
    return member ? [{ id: r.id, created_at: r.created_at, author: r.author, member_name: member.name, member_slug: member.slug }] : [];
  });
}

// --- writing ---------------------------------------------------------------------------------

function snapshotFrom(member: MemberRow, content: ProfileContent, updatedAt: string): ProfileSnapshot {
  return { name: member.name, joinedYear: member.joined_year, updatedAt, website: content.website, sections: content.sections, figures: content.figures };
}

/** The comparable content of a snapshot (what "changed" means for "Dernière mise à jour"). */
const contentHash = (snapshot: ProfileSnapshot) => hashContent(contentOf(snapshot));

/** Saves the member's open draft (creating it from the published version when there is none). */
export async function saveDraft(db: Db, actor: Actor, member: MemberRow, content: ProfileContent, now = new Date()): Promise<RevisionView> {
  assertCanEdit(actor, member);
  const snapshot = snapshotFrom(member, content, now.toISOString());
  const json = JSON.stringify(snapshot);
  const draft = await findDraft(db, member.id);
  let id: number;
  if (draft) {
    id = draft.id;
    await revisions.updateRevision(db, id, { snapshot: json, content_hash: hashContent(snapshot), created_at: now.toISOString(), author: actor.name, author_id: actor.id });
  } else {
    const base = await latestPublished(db, member.id);
    id = await revisions.insertRevision(db, {
      subject_type: 'member', subject_id: member.id, created_at: now.toISOString(), author: actor.name, author_id: actor.id, origin: 'edit', state: 'draft',
      content_hash: hashContent(snapshot), snapshot: json, base_revision_id: base.id,
    });
  }
  await audit(db, actor, { action: 'profile.draft_saved', target: { type: 'member', id: member.slug }, summary: `Brouillon du profil de ${member.name} enregistré.` }, now);
  return (await findRevision(db, id))!;
}

/**
 * Submits the content: published at once when the member's moderation is `direct` or the actor is an
 * admin; otherwise it waits in the moderation queue (replacing a previous submission still waiting).
 */
export async function submitProfile(db: Db, actor: Actor, member: MemberRow, content: ProfileContent, now = new Date()): Promise<{ state: 'published' | 'submitted'; revisionId: number }> {
  const draft = await saveDraft(db, actor, member, content, now);
  const previous = await findSubmission(db, member.id);
  if (previous) {
    await revisions.updateRevision(db, previous.id, { state: 'rejected', reviewed_at: now.toISOString(), review_comment: 'Remplacée par une soumission plus récente.' });
  }
  await revisions.updateRevision(db, draft.id, { state: 'submitted' });
  await audit(db, actor, { action: 'profile.submitted', target: { type: 'member', id: member.slug }, summary: `Modification du profil de ${member.name} soumise.` }, now);
  if (can(actor, 'network.admin') || member.moderation === 'direct') {
    await publishRevision(db, actor, draft.id, now);
    return { state: 'published', revisionId: draft.id };
  }
  return { state: 'submitted', revisionId: draft.id };
}

/** Publishes a submitted revision: the live profile takes its content. */
export async function publishRevision(db: Db, actor: Actor, revisionId: number, now = new Date()): Promise<void> {
  const revision = await findRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state !== 'submitted') throw new AppError('conflict', 'Cette version n’est plus en attente de validation : elle a déjà été traitée.');
  const member = await db.selectFrom('members').selectAll().where('id', '=', revision.member_id).executeTakeFirstOrThrow();
  const live = await snapshotProfile(db, member.id);
  const changed = contentHash(live) !== contentHash(revision.snapshot);
  const updatedAt = changed ? now.toISOString() : member.content_updated_at;
  await writeLive(db, member.id, contentOf(revision.snapshot), updatedAt);
  const published: ProfileSnapshot = { ...revision.snapshot, updatedAt };
  await revisions.updateRevision(db, revisionId, { state: 'published', snapshot: JSON.stringify(published), content_hash: hashContent(published), reviewed_by: actor.id, reviewed_at: now.toISOString() });
  await audit(db, actor, { action: 'profile.published', target: { type: 'member', id: member.slug }, summary: `Profil de ${member.name} publié${changed ? '' : ' (contenu identique à la version en ligne)'}.` }, now);
}

export async function rejectRevision(db: Db, actor: Actor, revisionId: number, comment: string, now = new Date()): Promise<void> {
  const text = comment.trim();
  if (!text) throw new InvalidInput(['Commentaire : expliquez au rédacteur pourquoi la modification est refusée et ce qu’il faut changer.']);
  if (text.length > 2000) throw new InvalidInput(['Commentaire : 2 000 caractères au plus.']);
  const revision = await findRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  if (revision.state !== 'submitted') throw new AppError('conflict', 'Cette version n’est plus en attente de validation : elle a déjà été traitée.');
  await revisions.updateRevision(db, revisionId, { state: 'rejected', reviewed_by: actor.id, reviewed_at: now.toISOString(), review_comment: text });
  const member = await db.selectFrom('members').select(['name', 'slug']).where('id', '=', revision.member_id).executeTakeFirstOrThrow();
  await audit(db, actor, { action: 'profile.rejected', target: { type: 'member', id: member.slug }, summary: `Modification du profil de ${member.name} refusée : ${text.slice(0, 200)}` }, now);
}

/** Publishes an earlier version again, as a new version (the history keeps everything). */
export async function restoreRevision(db: Db, actor: Actor, revisionId: number, now = new Date()): Promise<number> {
  const revision = await findRevision(db, revisionId);
  if (!revision) throw notFound('Cette version n’existe pas.');
  const member = await db.selectFrom('members').selectAll().where('id', '=', revision.member_id).executeTakeFirstOrThrow();
  assertCanEdit(actor, member);
  if (!can(actor, 'network.admin')) throw new AppError('forbidden', 'Seule l’équipe du réseau peut restaurer une version.');
  const snapshot = snapshotFrom(member, contentOf(revision.snapshot), now.toISOString());
  const id = await revisions.insertRevision(db, {
    subject_type: 'member', subject_id: member.id, created_at: now.toISOString(), author: actor.name, author_id: actor.id, origin: 'restore', state: 'submitted',
    content_hash: hashContent(snapshot), snapshot: JSON.stringify(snapshot), base_revision_id: revision.id,
  });
  await publishRevision(db, actor, id, now);
  await audit(db, actor, { action: 'profile.restored', target: { type: 'member', id: member.slug }, summary: `Version n° ${revision.id} du profil de ${member.name} restaurée (nouvelle version n° ${id}).` }, now);
  return id;
}

/** Writes content to the live tables, re-indexes the member and drops cached pages. */
async function writeLive(db: Db, memberId: number, content: ProfileContent, updatedAt: string): Promise<void> {
  await db.deleteFrom('member_sections').where('member_id', '=', memberId).execute();
  if (content.sections.length) {
    await db.insertInto('member_sections').values(content.sections.map((s, position) => ({ member_id: memberId, position, kind: s.kind, heading: s.heading, body_html: sanitizeRichText(s.html) }))).execute();
  }
  await db.deleteFrom('member_figures').where('member_id', '=', memberId).execute();
  if (content.figures.length) {
    await db.insertInto('member_figures').values(content.figures.map((f) => ({
      member_id: memberId, kind: f.kind, value: f.value, unit: f.unit, year: f.year, source: f.source, confirmed: f.confirmed ? 1 : 0, source_text: f.sourceText,
    }))).execute();
  }
  await db.updateTable('members').set({ website: content.website, content_updated_at: updatedAt }).where('id', '=', memberId).execute();
  await indexMember(db, memberId);
  await bumpContentVersion(db);
}

function assertCanEdit(actor: Actor, member: MemberRow): void {
  if (!can(actor, 'member.edit', { memberId: member.id })) throw new AppError('forbidden', 'Votre compte ne permet pas de modifier ce profil.');
}

export async function setModeration(db: Db, actor: Actor, member: MemberRow, moderation: MemberRow['moderation']): Promise<void> {
  if (member.moderation === moderation) return;
  await db.updateTable('members').set({ moderation }).where('id', '=', member.id).execute();
  await audit(db, actor, {
    action: 'member.moderation_changed', target: { type: 'member', id: member.slug },
    summary: `Profil de ${member.name} : ${moderation === 'direct' ? 'les modifications sont publiées sans validation' : 'les modifications attendent la validation du réseau'}.`,
  });
}
