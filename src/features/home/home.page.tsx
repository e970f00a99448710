/** The home page: what the network is, its members by kind, the latest news. */
import { Layout } from '../../web/layout.tsx';
import { formatNumber } from '../../web/format.ts';
import { SITE } from '../../web/site.ts';
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import { NewsCard } from '../news/news.public.ts';
import { TerritoryFinderForm } from '../territories/territories.public.ts';
import type { NewsItem } from '../news/news.public.ts';

export function HomePage(props: { counts: Map<MemberKind, number>; news: NewsItem[]; demo: boolean }) {
  const total = [...props.counts.values()].reduce((a, b) => a + b, 0);
  return (
    <Layout
      title="Accueil"
      section="accueil"
      demo={props.demo}
      description={SITE.description.replace(/\s+/g, ' ')}
      feeds={[{ title: 'Actualités du réseau', href: '/actualites/flux.atom' }]}
      scripts={['territory-finder.js']}
    >
      <section class="hero" aria-labelledby="titre-accueil">
        <h1 id="titre-accueil">{SITE.name}</h1>
        {/* The introduction is plain text from the site settings; a blank line separates paragraphs. */}
        {SITE.description.split('\n\n').map((paragraph, i) => (
          <p class={i === 0 ? 'lead' : undefined}>{paragraph}</p>
        ))}
        <p>
          Chaque adhérent présente ici sa politique en faveur de l’économie sociale et solidaire : le panorama de l’ESS sur son territoire,
          le budget qu’il y consacre, son programme d’intervention et des exemples d’actions soutenues.
        </p>
        <p>
          <a class="button" href="/adherents">
            Découvrir les adhérents
          </a>
        </p>
      </section>
      <section aria-labelledby="titre-territoire">
        <h2 id="titre-territoire">Près de chez vous</h2>
        <TerritoryFinderForm id="territoire-accueil" label="Que fait-on pour l’ESS dans votre commune, votre département, votre région ?" />
      </section>
      <section aria-labelledby="titre-chiffres">
        <h2 id="titre-chiffres">Le réseau en chiffres</h2>
        <p>{formatNumber(total)} collectivités adhérentes, dont :</p>
        <ul class="kind-counts">
          {MEMBER_KINDS.map((kind) => {
            const n = props.counts.get(kind) ?? 0;
            return (
              <li class={`kind-count kind-${kind}`}>
                <a href={`/adherents?type=${kind}`}>
                  <span class="count">{formatNumber(n)}</span>
                  <span class="label">{n > 1 ? MEMBER_KIND_LABELS[kind].many : MEMBER_KIND_LABELS[kind].one}</span>
                </a>
              </li>
            );
          })}
        </ul>
        <p>
          <a href="/statistiques">Le réseau en statistiques</a> · <a href="/comparer">Comparer des adhérents</a>
        </p>
      </section>
      <section aria-labelledby="titre-actualites">
        <h2 id="titre-actualites">Dernières actualités</h2>
        <div class="news-list">
          {props.news.map((item) => (
            <NewsCard item={item} headingLevel={3} />
          ))}
        </div>
        <p>
          <a href="/actualites">Toutes les actualités</a>
        </p>
      </section>
    </Layout>
  );
}
