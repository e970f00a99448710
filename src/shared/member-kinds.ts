/**
 * Kinds of member authority: vocabulary that the members, their maps, search, territories and
 * comparisons all speak (members.schemas.ts re-exports it with the API's schemas).
 */

/** Kinds of member authority, in the order the interface lists them. */
export const MEMBER_KINDS = ['region', 'departement', 'metropole', 'intercommunalite', 'commune'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const MEMBER_KIND_LABELS: Record<MemberKind, { one: string; many: string }> = {
  region: { one: 'Région', many: 'Régions' },
  departement: { one: 'Département', many: 'Départements' },
  metropole: { one: 'Métropole', many: 'Métropoles' },
  intercommunalite: { one: 'Intercommunalité', many: 'Intercommunalités' },
  commune: { one: 'Commune', many: 'Communes' },
};

/** The kinds of member as the options of a form (plural labels). */
export const MEMBER_KIND_OPTIONS = MEMBER_KINDS.map((k) => ({ value: k, label: MEMBER_KIND_LABELS[k].many }));
