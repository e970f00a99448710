/** News pages: the list (`/actualites`) and one item (`/actualites/:slug`). */
import { Layout } from '../../web/layout.tsx';
import { Pagination, urlWith } from '../../web/components.tsx';
import { plural } from '../../web/format.ts';
import { NewsCard, PublishedLine } from './news.components.tsx';
import type { NewsItem } from './news.service.ts';

const FEED = { title: 'Actualités du réseau', href: '/actualites/flux.atom' };

export function NewsListPage(props: { items: NewsItem[]; total: number; page: number; pageCount: number; demo: boolean }) {
  return (
    <Layout
      title={props.page > 1 ? `Actualités — page ${props.page}` : 'Actualités'}
      section="actualites"
      demo={props.demo}
      feeds={[FEED]}
      description="Les actualités du réseau et de ses adhérents."
    >
      <h1>Actualités</h1>
      <p class="result-count">
        {plural(props.total, 'actualité')} — <a href={FEED.href}>s’abonner au flux Atom</a>
      </p>
      <div class="news-list">
        {props.items.map((item) => (
          <NewsCard item={item} headingLevel={2} />
        ))}
      </div>
      <Pagination
        page={props.page}
        pageCount={props.pageCount}
        label="Pages des actualités"
        href={(p) => urlWith('/actualites', { page: p > 1 ? p : undefined })}
      />
    </Layout>
  );
}

/** One item; `preview` marks a back-office preview of an unpublished version. */
export function NewsPage(props: { item: NewsItem; demo: boolean; preview?: { backHref: string; label: string } }) {
  const { item, preview } = props;
  return (
    <Layout
      title={item.title}
      section="actualites"
      demo={props.demo}
      feeds={[FEED]}
      description={item.summary}
      {...(preview ? {} : { canonical: `/actualites/${item.slug}` })}
    >
      {preview && (
        <div class="notice notice-warning preview-banner" role="status">
          <strong>Aperçu — {preview.label}.</strong> Cette version n’est pas publiée : voici la page telle que les visiteurs la verront.{' '}
          <a href={preview.backHref}>Revenir à l’édition</a>
        </div>
      )}
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol>
          <li>
            <a href="/">Accueil</a>
          </li>
          <li>
            <a href="/actualites">Actualités</a>
          </li>
          <li aria-current="page">{item.title}</li>
        </ol>
      </nav>
      <article class="news-item">
        <h1>{item.title}</h1>
        <PublishedLine item={item} />
        <p class="lead">{item.summary}</p>
        {item.image && (
          <figure class="news-image">
            <img src={item.image.url} alt={item.image.alt} width={item.image.width ?? undefined} height={item.image.height ?? undefined} />
          </figure>
        )}
        <div class="rich-text" dangerouslySetInnerHTML={{ __html: item.body_html }} />
        {item.themes.length > 0 && (
          <p class="news-themes">
            <span class="visually-hidden">Thématiques : </span>
            {item.themes.map((t) => (
              <span class="tag">{t.name}</span>
            ))}
          </p>
        )}
        {item.members.length > 0 && (
          <aside class="linked" aria-labelledby="adherents-lies">
            <h2 id="adherents-lies">{item.members.length > 1 ? 'Adhérents concernés' : 'Adhérent concerné'}</h2>
            <ul>
              {item.members.map((m) => (
                <li>
                  <a href={`/adherents/${m.slug}`}>{m.name}</a>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </article>
    </Layout>
  );
}
