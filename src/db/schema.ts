/** The database schema: assembles the table types that each feature declares. */
import type { MetaTable } from './meta.table.ts';
import type { TerritoriesTable } from '../features/territories/territories.table.ts';
import type { MemberFiguresTable, MemberSectionsTable, MembersTable } from '../features/members/members.table.ts';
import type { ImportFilesTable, ImportsTable } from '../features/imports/imports.table.ts';
import type { SearchDocumentsTable } from '../features/search/search.table.ts';
import type { NewsMembersTable, NewsTable, NewsThemesTable } from '../features/news/news.table.ts';
import type { ThemesTable } from '../features/themes/themes.table.ts';
import type { MediaTable } from '../features/media/media.table.ts';
import type {
  AccountTokensTable,
  AuditLogTable,
  SessionsTable,
  SignInAttemptsTable,
  UsersTable,
} from '../features/accounts/accounts.table.ts';
import type {
  ResourceAttachmentsTable,
  ResourceMembersTable,
  ResourcesTable,
  ResourceTerritoriesTable,
  ResourceThemesTable,
  ResourceTypesTable,
} from '../features/resources/resources.table.ts';
import type { OutboxTable } from '../features/mail/mail.table.ts';
import type { RevisionsTable, SubjectLocksTable } from '../features/revisions/revisions.table.ts';
import type { IndicatorsTable } from '../features/indicators/indicators.table.ts';
import type {
  CampaignAnswerLogTable,
  CampaignQuestionsTable,
  CampaignRemindersTable,
  CampaignResponsesTable,
  CampaignsTable,
} from '../features/campaigns/campaigns.table.ts';
import type {
  ObservatoryEstablishmentsTable,
  ObservatoryFiguresTable,
  ObservatoryVintagesTable,
} from '../features/observatory/observatory.table.ts';

export interface DB {
  meta: MetaTable;
  territories: TerritoriesTable;
  members: MembersTable;
  member_sections: MemberSectionsTable;
  member_figures: MemberFiguresTable;
  news: NewsTable;
  news_members: NewsMembersTable;
  news_themes: NewsThemesTable;
  themes: ThemesTable;
  media: MediaTable;
  imports: ImportsTable;
  import_files: ImportFilesTable;
  search_documents: SearchDocumentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  account_tokens: AccountTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  resources: ResourcesTable;
  resource_themes: ResourceThemesTable;
  resource_members: ResourceMembersTable;
  resource_attachments: ResourceAttachmentsTable;
  revisions: RevisionsTable;
  subject_locks: SubjectLocksTable;
  resource_types: ResourceTypesTable;
  resource_territories: ResourceTerritoriesTable;
  indicators: IndicatorsTable;
  campaigns: CampaignsTable;
  campaign_questions: CampaignQuestionsTable;
  campaign_responses: CampaignResponsesTable;
  campaign_answer_log: CampaignAnswerLogTable;
  campaign_reminders: CampaignRemindersTable;
  observatory_vintages: ObservatoryVintagesTable;
  observatory_figures: ObservatoryFiguresTable;
  observatory_establishments: ObservatoryEstablishmentsTable;
}
