/** News pages: the list (`/actualites`) and one item (`/actualites/:slug`). */
import { Layout } from '../../web/layout.tsx';
import { Pagination, urlWith } from '../../web/components.tsx';
import { plural } from '../../web/format.ts';
import { NewsCard, PublishedLine } from './news.components.tsx';
import type { NewsItem } from './news.service.ts';

const FEED = { title: 'Actualités du réseau', href: '/actualites/flux.atom' };

export function NewsListPage(props: { items: NewsItem[]; total: number; page: number; pageCount: number; demo: boolean }) {
  return (
    <Layout title={props.page > 1 ? `Actualités — page ${props.page}` : 'Actualités'} section="actualites" demo={props.demo} feeds={[FEED]} description="Les actualités du réseau et de ses adhérents.">
      <h1>Actualités</h1>
      <p class="result-count">
        {plural(props.total, 'actualité')} — <a href={FEED.href}>s’abonner au flux Atom</a>
      </p>
      <div class="news-list">
        {props.items.map((item) => <NewsCard item={item} headingLevel={2} />)}
      </div>
      <Pagination page={props.page} pageCount={props.pageCount} label="Pages des actualités" href={(p) => urlWith('/actualites', { page: p > 1 ? p : undefined })} />
    </Layout>
  );
}

export function NewsPage(props: { item: NewsItem; demo: boolean }) {
  const { item } = props;
  return (
    <Layout title={item.title} section="actualites" demo={props.demo} feeds={[FEED]} description={item.summary}>
      <nav class="breadcrumb" aria-label="Fil d’Ariane">
        <ol><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li aria-current="page">{item.title}</li></ol>
      </nav>
      <article class="news-item">
        <h1>{item.title}</h1>
        <PublishedLine item={item} />
        <p class="lead">{item.summary}</p>
        <div class="rich-text" dangerouslySetInnerHTML={{ __html: item.body_html }} />
        {item.members.length > 0 && (
          <aside class="linked" aria-labelledby="adherents-lies">
            <h2 id="adherents-lies">{item.members.length > 1 ? 'Adhérents concernés' : 'Adhérent concerné'}</h2>
            <ul>
              {item.members.map((m) => <li><a href={`/adherents/${m.slug}`}>{m.name}</a></li>)}
            </ul>
          </aside>
        )}
      </article>
    </Layout>
  );
}
