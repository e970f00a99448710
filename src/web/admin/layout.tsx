/** The back-office frame: the site's layout with the back-office navigation and the signed-in user. */
import type { ComponentChildren } from 'preact';
import { can, ROLE_LABELS, type Actor } from '../../shared/access.ts';
import { CsrfField } from '../forms.tsx';
import { Layout } from '../layout.tsx';

export interface AdminFrame {
  actor: Actor;
  csrf: string;
  demo: boolean;
  /** Slug of the member an editor belongs to (their profile link). */
  memberSlug?: string | null;
}

/** The rich-text editor's scripts, in load order (see src/web/static/editor.js). */
export const EDITOR_SCRIPTS = ['editor-parse.js', 'editor-read.js', 'editor-clean.js', 'editor-notes.js', 'editor.js'];

export type AdminSection =
  | 'tableau'
  | 'indicateurs'
  | 'campagnes'
  | 'profil'
  | 'moderation'
  | 'adherents'
  | 'comptes'
  | 'envois'
  | 'journal'
  | 'parametres'
  | 'actualites'
  | 'thematiques'
  | 'ressources';

export function AdminLayout(props: {
  frame: AdminFrame;
  title: string;
  current: AdminSection;
  children: ComponentChildren;
  richText?: boolean;
  /** Scripts of the page (files of src/web/static), after the rich-text editor's. */
  scripts?: string[];
}) {
  const { actor } = props.frame;
  const admin = can(actor, 'network.admin');
  const links: { id: AdminSection; href: string; label: string }[] = [
    { id: 'tableau', href: '/admin', label: 'Tableau de bord' },
    ...(!admin && props.frame.memberSlug && actor.role === 'editor'
      ? [
          { id: 'profil' as const, href: `/admin/adherents/${props.frame.memberSlug}/profil`, label: 'Notre profil' },
          { id: 'actualites' as const, href: `/admin/adherents/${props.frame.memberSlug}/actualites`, label: 'Nos actualités' },
        ]
      : []),
    ...(admin
      ? [
          { id: 'moderation' as const, href: '/admin/moderation', label: 'Modération' },
          { id: 'adherents' as const, href: '/admin/adherents', label: 'Adhérents' },
          { id: 'actualites' as const, href: '/admin/actualites', label: 'Actualités' },
          { id: 'ressources' as const, href: '/admin/ressources', label: 'Ressources' },
          { id: 'thematiques' as const, href: '/admin/thematiques', label: 'Thématiques' },
          { id: 'indicateurs' as const, href: '/admin/indicateurs', label: 'Indicateurs' },
          { id: 'campagnes' as const, href: '/admin/campagnes', label: 'Campagnes' },
          { id: 'comptes' as const, href: '/admin/comptes', label: 'Comptes' },
          { id: 'envois' as const, href: '/admin/envois', label: 'Courriels envoyés' },
          { id: 'journal' as const, href: '/admin/journal', label: 'Journal' },
          { id: 'parametres' as const, href: '/admin/parametres', label: 'Paramètres' },
        ]
      : []),
  ];
  return (
    <Layout
      title={props.title}
      section="espace"
      demo={props.frame.demo}
      bodyClass="admin"
      scripts={[...(props.richText ? EDITOR_SCRIPTS : []), ...(props.scripts ?? []), 'form-keep.js']}
    >
      <div class="admin-bar">
        <nav aria-label="Espace adhérents">
          <ul class="admin-nav">
            {links.map((l) => (
              <li>
                <a href={l.href} aria-current={l.id === props.current ? 'page' : undefined}>
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="admin-user">
          <span>
            {actor.name} <span class="muted">({ROLE_LABELS[actor.role]})</span>
          </span>
          <form method="post" action="/deconnexion">
            <CsrfField token={props.frame.csrf} />
            <button type="submit" class="link-button">
              Se déconnecter
            </button>
          </form>
        </div>
      </div>
      {props.children}
    </Layout>
  );
}
