/** The public page of a theme (`/thematiques/:slug`) and the list of themes (`/thematiques`). */
import { KindBadge } from '../../web/components.tsx';
import { plural } from '../../web/format.ts';
import { Layout } from '../../web/layout.tsx';
import type { MemberKind } from '../../shared/member-kinds.ts';
import { NewsCard } from '../news/news.public.ts';
import type { NewsItem } from '../news/news.public.ts';
import { ResourceMeta } from '../resources/resources.public.ts';
import type { ResourceItem } from '../resources/resources.public.ts';
import type { ThemeRow } from '../themes/themes.public.ts';

export interface ThemePageProps {
  theme: ThemeRow;
  resources: { items: ResourceItem[]; total: number };
  news: { items: NewsItem[]; total: number };
  members: { slug: string; name: string; kind: MemberKind }[];
  demo: boolean;
}

export function ThemePage({ theme, resources, news, members, demo }: ThemePageProps) {
  return (
    <Layout
      title={theme.name}
      section="ressources"
      demo={demo}
      canonical={`/thematiques/${theme.slug}`}
      description={theme.description || `Ressources, actualités et adhérents du réseau sur le thème « ${theme.name} ».`}
    >
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            <a href="/thematiques">Thématiques</a>
          </li>
          <li aria-current="page">{theme.name}</li>
        </ol>
      </nav>
      <h1>{theme.name}</h1>
      {theme.description && <p class="lead">{theme.description}</p>}
      <section aria-labelledby="theme-ressources">
        <h2 id="theme-ressources">Ressources</h2>
        {resources.total === 0 ? (
          <p>Aucune ressource sur ce thème pour le moment.</p>
        ) : (
          <>
            <ul class="resource-list">
              {resources.items.map((item) => (
                <li class="resource-card">
                  <h3 class="resource-title">
                    <a href={`/ressources/${item.slug}`}>{item.title}</a>
                  </h3>
                  <ResourceMeta item={item} />
                  <p>{item.summary}</p>
                </li>
              ))}
            </ul>
            {resources.total > resources.items.length && (
              <p>
                <a href={`/ressources?thematique=${theme.slug}`}>Toutes les ressources sur ce thème ({resources.total})</a>
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="theme-actualites">
        <h2 id="theme-actualites">Actualités</h2>
        {news.total === 0 ? (
          <p>Aucune actualité sur ce thème pour le moment.</p>
        ) : (
          <>
            <p class="result-count">{plural(news.total, 'actualité')}</p>
            <div class="news-list">
              {news.items.map((item) => (
                <NewsCard item={item} headingLevel={3} />
              ))}
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="theme-adherents">
        <h2 id="theme-adherents">Les adhérents qui agissent sur ce thème</h2>
        {members.length === 0 ? (
          <p>Aucun adhérent n’est encore associé à ce thème par ses actualités ou ses ressources.</p>
        ) : (
          <ul class="theme-members">
            {members.map((m) => (
              <li>
                <a href={`/adherents/${m.slug}`}>{m.name}</a> <KindBadge kind={m.kind} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

export function ThemeIndexPage(props: { themes: ThemeRow[]; demo: boolean }) {
  return (
    <Layout
      title="Thématiques"
      section="ressources"
      demo={props.demo}
      canonical="/thematiques"
      description="Les thématiques du réseau : ressources, actualités et adhérents par thème."
    >
      <h1>Thématiques</h1>
      <ul class="theme-index">
        {props.themes.map((t) => (
          <li>
            <a href={`/thematiques/${t.slug}`}>{t.name}</a>
            {t.description && (
              <>
                {' '}
                — <span class="muted">{t.description}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
