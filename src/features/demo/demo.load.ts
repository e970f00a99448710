/**
 * Loads the demo content (members, news, resources and two campaigns written for the purpose) into an empty
 * database, in one transaction, and records it so pages show the demo notice.
 */
import type { Db } from '../../db/database.ts';
import { setMeta } from '../../db/meta.repository.ts';
import { foldText } from '../../shared/text.ts';
import { countMembers } from '../members/members.public.ts';
import { createMember } from '../members/members.public.ts';
import { addNewsThemes, createNews, listDemoNewsTexts } from '../news/news.public.ts';
import { listThemes } from '../themes/themes.public.ts';
import { demoMembers } from './demo.members.ts';
import { demoNews } from './demo.news.ts';
import { createResource } from '../resources/resources.public.ts';
import { demoResources } from './demo.resources.ts';
import { indexNews } from '../search/search.public.ts';
import { loadDemoCampaigns, withDemoCampaignFigures } from '../campaigns/campaigns.public.ts';

/** Words of a demo news item's title or summary that place it in a theme (folded, without accents). */
const THEME_WORDS: Record<string, string[]> = {
  alimentation: ['aliment', 'cantine', 'producteurs locaux', 'supermarche cooperatif'],
  'commande-publique-responsable': ['commande publique', 'clauses sociales', 'achats responsables'],
  'finance-solidaire-monnaies-locales': ['monnaie locale', 'fonds d urgence', 'budget participatif'],
  'tiers-lieux': ['tiers-lieu'],
  'insertion-activite-economique': ['insertion', 'recyclerie', 'but d emploi'],
  'economie-circulaire': ['ressourcerie', 'recyclerie', 'reemploi'],
  'emploi-formation': ['but d emploi', 'cooperatives jeunesse', 'incubateur'],
  habitat: ['habitants', 'habitat'],
  'transition-ecologique': ['solaire', 'energie citoyenne', 'bio'],
  'cooperation-territoriale': ['transfrontalier', 'en reseau', 'feuille de route'],
};

/** Links the demo news to the seeded themes their words point to, so that theme pages have content. */
async function linkDemoNewsToThemes(db: Db): Promise<void> {
  const themes = await listThemes(db);
  const news = await listDemoNewsTexts(db);
  const links: { news_id: number; theme_id: number }[] = [];
  for (const theme of themes) {
    const words = THEME_WORDS[theme.slug] ?? [];
    for (const n of news) {
      const text = foldText(`${n.title} ${n.summary}`).replace(/[’']/g, ' ');
      if (words.some((w) => text.includes(w))) links.push({ news_id: n.id, theme_id: theme.id });
    }
  }
  await addNewsThemes(db, links);
  // The search index carries themes (of the news and of their members): re-index what was linked.
  for (const id of new Set(links.map((l) => l.news_id))) await indexNews(db, id);
}

/** Loads the demo when the database holds no member. Returns whether it loaded. */
export async function loadDemoIfEmpty(db: Db): Promise<boolean> {
  if ((await countMembers(db)) > 0) return false;
  await db.transaction().execute(async (trx) => {
    for (const m of demoMembers) {
      await createMember(trx, { ...m, figures: withDemoCampaignFigures(m), isDemo: true });
    }
    for (const n of demoNews) {
      await createNews(trx, { ...n, memberSlugs: n.members, updatedAt: n.updatedAt ?? null, isDemo: true });
    }
    for (const r of demoResources()) await createResource(trx, r);
    await linkDemoNewsToThemes(trx);
    await loadDemoCampaigns(trx, demoMembers);
    await setMeta(trx, 'demo_loaded', '1');
  });
  return true;
}
