/**
 * The page frame shared by every public page: skip link, header with navigation,
 * main landmark, footer with data sources. Server-rendered; works without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { SITE } from './site.ts';
import { assetUrl } from './assets.ts';

export type NavSection =
  'accueil' | 'adherents' | 'territoires' | 'actualites' | 'ressources' | 'comparer' | 'statistiques' | 'espace' | 'none';

export interface LayoutProps {
  title: string;
  description?: string;
  /** Which navigation entry is current. */
  section: NavSection;
  /** Shows the demo-content notice. */
  demo: boolean;
  /** Extra <link> elements, e.g. Atom feeds. */
  feeds?: { title: string; href: string }[];
  /** Adds the print-friendly class for profile pages. */
  bodyClass?: string;
  /** The page's canonical path (`/territoires/86194`), when it has one address that search engines should keep. */
  canonical?: string;
  /** Scripts of src/web/static to load (deferred, in order): progressive enhancement only. */
  scripts?: string[];
  children: ComponentChildren;
}

const NAV: { id: NavSection; href: string; label: string }[] = [
  { id: 'accueil', href: '/', label: 'Accueil' },
  { id: 'adherents', href: '/adherents', label: 'Adhérents' },
  { id: 'territoires', href: '/territoires', label: 'Territoires' },
  { id: 'actualites', href: '/actualites', label: 'Actualités' },
  { id: 'ressources', href: '/ressources', label: 'Ressources' },
  { id: 'comparer', href: '/comparer', label: 'Comparer' },
  { id: 'statistiques', href: '/statistiques', label: 'Statistiques' },
  // The same link for everyone (public pages are cached): /admin sends visitors to sign in.
  { id: 'espace', href: '/admin', label: 'Espace adhérents' },
];

/** The whole HTML document. */
export function Layout(props: LayoutProps) {
  const fullTitle = props.section === 'accueil' ? `${SITE.shortName} — ${SITE.name}` : `${props.title} — ${SITE.shortName}`;
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description && <meta name="description" content={props.description} />}
        {props.canonical && <link rel="canonical" href={props.canonical} />}
        <link rel="stylesheet" href={assetUrl('style.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        {(props.feeds ?? []).map((f) => (
          <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
        ))}
        {(props.scripts ?? []).map((file) => (
          <script src={assetUrl(file)} defer></script>
        ))}
      </head>
      <body class={props.bodyClass}>
        <a class="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="brand" href="/">
              <span class="brand-mark" aria-hidden="true">
                ◆
              </span>
              <span>
                <span class="brand-short">{SITE.shortName}</span>
                <span class="brand-name">{SITE.name}</span>
              </span>
            </a>
            <form class="header-search" method="get" action="/recherche" role="search" aria-label="Recherche sur le site">
              <label for="recherche-entete" class="visually-hidden">
                Rechercher sur le site
              </label>
              <input id="recherche-entete" name="q" type="search" maxLength={200} />
              <button type="submit">Rechercher</button>
            </form>
            <nav aria-label="Navigation principale">
              <ul class="nav">
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={item.id === props.section ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        {props.demo && (
          <aside class="demo-notice" aria-label="Site de démonstration">
            <div class="wrap">
              <strong>Site de démonstration.</strong> Les profils et actualités présentés sont des contenus d’exemple rédigés pour illustrer
              Essor&nbsp;; les territoires et leurs populations sont officiels.
            </div>
          </aside>
        )}
        <main id="contenu" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{SITE.name}. Propulsé par Essor, logiciel libre.</p>
            {SITE.contactEmail && (
              <p class="footer-contact">
                Contact : <a href={`mailto:${SITE.contactEmail}`}>{SITE.contactEmail}</a>
              </p>
            )}
            <ul class="footer-links">
              <li>
                <a href="/actualites/flux.atom">Flux Atom des actualités</a>
              </li>
              <li>
                <a href="/api/openapi.json">API ouverte (OpenAPI)</a>
              </li>
              <li>
                <a href="/sitemap.xml">Plan du site</a>
              </li>
            </ul>
            <p class="sources">
              Géographie et populations : Code officiel géographique et populations légales de l’INSEE, liste des EPCI de la DGCL, via le
              paquet <span lang="en">@etalab/decoupage-administratif</span> — Licence Ouverte 2.0 (Etalab).
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
