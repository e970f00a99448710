/** Pieces of news shown on several pages (news list, profile, home). */
import { DemoBadge } from '../../web/components.tsx';
import { formatDate, isoDay } from '../../web/format.ts';
import type { NewsItem } from './news.service.ts';

/** "Publié le 16/01/2019 – mis à jour le 20/01/2019" */
export function PublishedLine(props: { item: Pick<NewsItem, 'published_at' | 'updated_at' | 'is_demo'> }) {
  const { published_at, updated_at, is_demo } = props.item;
  return (
    <p class="meta">
      Publié le <time datetime={isoDay(published_at)}>{formatDate(published_at)}</time>
      {updated_at && updated_at > published_at && (
        <>
          {' '}
          – mis à jour le <time datetime={isoDay(updated_at)}>{formatDate(updated_at)}</time>
        </>
      )}
      {is_demo === 1 && (
        <>
          {' '}
          <DemoBadge />
        </>
      )}
    </p>
  );
}

/** A news item in a list; `headingLevel` keeps the outline correct where it is used. */
export function NewsCard(props: { item: NewsItem; headingLevel: 2 | 3 | 4; showMembers?: boolean }) {
  const { item } = props;
  const Heading = (['h2', 'h3', 'h4'] as const)[props.headingLevel - 2]!;
  return (
    <article class="news-card">
      <Heading class="news-title">
        <a href={`/actualites/${item.slug}`}>{item.title}</a>
      </Heading>
      <PublishedLine item={item} />
      <p>{item.summary}</p>
      {props.showMembers !== false && item.members.length > 0 && (
        <p class="linked-members">
          <span class="visually-hidden">Adhérents concernés : </span>
          {item.members.map((m, i) => (
            <>
              {i > 0 && ', '}
              <a href={`/adherents/${m.slug}`}>{m.name}</a>
            </>
          ))}
        </p>
      )}
    </article>
  );
}
