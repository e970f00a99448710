/**
 * Every feature's routes, in registration order: public pages and feeds, the API, then the back
 * office. The one place that knows all features; a new route module is added here.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../web/context.ts';
import { registerAccountRoutes } from '../features/accounts/accounts.routes.ts';
import { registerAdminRoutes } from '../features/admin/admin.routes.ts';
import { registerCampaignAdminRoutes } from '../features/campaigns/campaigns.admin-routes.ts';
import { registerCampaignPages } from '../features/campaigns/campaigns.routes.ts';
import { registerCampaignQuestionRoutes } from '../features/campaigns/campaigns.question-routes.ts';
import { registerCampaignResponseRoutes } from '../features/campaigns/campaigns.response-routes.ts';
import { registerComparePages } from '../features/compare/compare.routes.ts';
import { registerFeeds } from '../features/feeds/feeds.routes.ts';
import { registerHomePage } from '../features/home/home.routes.ts';
import { registerIndicatorAdminRoutes } from '../features/indicators/indicators.admin-routes.ts';
import { registerMediaRoutes } from '../features/media/media.routes.ts';
import { registerMemberAdminListRoutes } from '../features/members/admin/members.admin-list-routes.ts';
import { registerMemberAdminRoutes } from '../features/members/admin/members.admin-routes.ts';
import { registerMemberApi } from '../features/members/members.api-routes.ts';
import { registerMemberPages } from '../features/members/members.routes.ts';
import { registerNewsAdminRoutes } from '../features/news/admin/news.admin-routes.ts';
import { registerNewsReviewRoutes } from '../features/news/admin/news.admin-review-routes.ts';
import { registerNewsApi } from '../features/news/news.api-routes.ts';
import { registerNewsPages } from '../features/news/news.routes.ts';
import { registerResourceAdminRoutes } from '../features/resources/admin/resources.admin-routes.ts';
import { registerResourceApi } from '../features/resources/resources.api-routes.ts';
import { registerResourcePages } from '../features/resources/resources.routes.ts';
import { registerResourceTypeRoutes } from '../features/resources/resources.types-routes.ts';
import { registerSearch } from '../features/search/search.routes.ts';
import { registerSettingsRoutes } from '../features/settings/settings.routes.ts';
import { registerStatsPage } from '../features/stats/stats.routes.ts';
import { registerTerritoryPages } from '../features/hubs/hubs.territory-routes.ts';
import { registerTerritoryIndex } from '../features/territories/territories.routes.ts';
import { registerObservatoryPages } from '../features/observatory/observatory.routes.ts';
import { registerThemeAdminRoutes } from '../features/themes/themes.admin-routes.ts';
import { registerThemePages } from '../features/hubs/hubs.theme-routes.ts';

/** Registers every feature's routes on the app (after the plugins, auth and error handlers). */
export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerHomePage(app, ctx);
  registerMemberPages(app, ctx);
  registerNewsPages(app, ctx);
  registerFeeds(app, ctx);
  registerMemberApi(app, ctx);
  registerNewsApi(app, ctx);
  registerSearch(app, ctx);
  registerTerritoryIndex(app, ctx);
  registerTerritoryPages(app, ctx);
  registerObservatoryPages(app, ctx);
  registerComparePages(app, ctx);
  registerStatsPage(app, ctx);
  registerCampaignPages(app, ctx);
  registerThemePages(app, ctx);
  registerAccountRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerMemberAdminRoutes(app, ctx);
  registerNewsAdminRoutes(app, ctx);
  registerNewsReviewRoutes(app, ctx);
  registerThemeAdminRoutes(app, ctx);
  registerMediaRoutes(app, ctx);
  registerResourcePages(app, ctx);
  registerResourceApi(app, ctx);
  registerResourceTypeRoutes(app, ctx);
  registerResourceAdminRoutes(app, ctx);
  registerMemberAdminListRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
  registerIndicatorAdminRoutes(app, ctx);
  registerCampaignAdminRoutes(app, ctx);
  registerCampaignQuestionRoutes(app, ctx);
  registerCampaignResponseRoutes(app, ctx);
}
