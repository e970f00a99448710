/** Factories for tests: `buildX(overrides)` returns valid input; `createX` writes it. */
import type { Db } from '../src/db/database.ts';
import { createMember, type MemberInput } from '../src/features/members/members.service.ts';
import { createNews, type NewsInput } from '../src/features/news/news.service.ts';
import { hashPassword } from '../src/features/accounts/accounts.passwords.ts';
import type { Actor, Role } from '../src/features/accounts/accounts.policy.ts';
import { insertUser } from '../src/features/accounts/accounts.repository.ts';

let sequence = 0;
const next = () => ++sequence;

/** A member of Grand Poitiers's territory with the four canonical sections, unless overridden. */
export function buildMember(overrides: Partial<MemberInput> = {}): MemberInput {
  const n = next();
  return {
    slug: `membre-${n}`,
    name: `Membre ${n}`,
    territory: { kind: 'epci', code: '200069854' },
    joinedYear: 2007,
    status: 'active',
    website: 'https://www.example.org',
    updatedAt: new Date().toISOString().slice(0, 10),
    sections: [
      { kind: 'panorama', html: '<p>Plus d’un millier d’établissements employeurs.</p>' },
      { kind: 'budget', html: '<p>35,2 M€ de subventions.</p>' },
      { kind: 'programme', html: '<p>Un programme.</p>' },
      { kind: 'actions', html: '<ul><li>Une action</li></ul>' },
    ],
    figures: [{ kind: 'budget_eur', value: 35_200_000, year: 2016, source: 'Compte administratif 2016' }],
    ...overrides,
  };
}

export async function createTestMember(db: Db, overrides: Partial<MemberInput> = {}): Promise<MemberInput & { id: number }> {
  const input = buildMember(overrides);
  const id = await createMember(db, input);
  return { ...input, id };
}

export function buildNews(overrides: Partial<NewsInput> = {}): NewsInput {
  const n = next();
  return {
    slug: `actualite-${n}`,
    title: `Actualité ${n}`,
    summary: `Résumé de l’actualité ${n}.`,
    bodyHtml: `<p>Corps de l’actualité ${n}.</p>`,
    publishedAt: '2024-03-01',
    memberSlugs: [],
    ...overrides,
  };
}

export async function createTestNews(db: Db, overrides: Partial<NewsInput> = {}): Promise<NewsInput & { id: number }> {
  const input = buildNews(overrides);
  const id = await createNews(db, input);
  return { ...input, id };
}

let userSequence = 0;

/** An active account, with a password when given (argon2id, as in production). */
export async function createTestUser(
  db: Db,
  overrides: {
    email?: string;
    name?: string;
    role?: Role;
    memberId?: number | null;
    password?: string;
    status?: 'active' | 'disabled';
  } = {},
): Promise<{ id: number; email: string; actor: Actor }> {
  const n = ++userSequence;
  const role = overrides.role ?? 'admin';
  const email = overrides.email ?? `personne-${n}@example.org`;
  const name = overrides.name ?? `Personne ${n}`;
  const memberId = overrides.memberId ?? null;
  const id = await insertUser(db, {
    email,
    name,
    role,
    member_id: memberId,
    password_hash: overrides.password ? await hashPassword(overrides.password) : null,
    status: overrides.status ?? 'active',
    locked_until: null,
    created_at: new Date().toISOString(),
    last_login_at: null,
  });
  return { id, email, actor: { id, email, name, role, memberId } };
}
