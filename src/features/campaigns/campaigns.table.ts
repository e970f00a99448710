/** Tables of the campaigns feature: campaigns, their questions, the members' responses, the log of answers, the reminders sent. */
import type { Generated, Selectable } from 'kysely';

export type CampaignState = 'draft' | 'open' | 'closed';

export interface CampaignsTable {
  id: Generated<number>;
  /** The year the figures are asked for. */
  year: number;
  title: string;
  /** YYYY-MM-DD */
  opens_on: string;
  /** YYYY-MM-DD: the last day to submit. */
  deadline: string;
  state: CampaignState;
  /** Days before the deadline when members that have not submitted are reminded: "14,7,1". */
  reminder_days: string;
  /** Fewest answers a published breakdown cell may be built from. */
  min_cell: number;
  /** Kinds of member concerned, comma-separated ("commune,intercommunalite"); '' for every kind. */
  member_kinds: Generated<string>;
  created_at: string;
  opened_at: string | null;
  closed_at: string | null;
  deadline_notified_at: string | null;
  is_demo: Generated<number>;
}

export const QUESTION_KINDS = ['indicator', 'number', 'short_text', 'long_text', 'single_choice', 'multiple_choice', 'yes_no'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface CampaignQuestionsTable {
  id: Generated<number>;
  campaign_id: number;
  position: number;
  kind: QuestionKind;
  /** The indicator an `indicator` question asks for. */
  indicator_code: string | null;
  label: string;
  help: Generated<string>;
  /** JSON array of the choices of a single or multiple choice. */
  choices: Generated<string>;
  visibility: 'public' | 'internal';
  required: Generated<number>;
  /** Shown only when the answer to this earlier question is one of `condition_values` (JSON array). */
  condition_question_id: number | null;
  condition_values: Generated<string>;
}

/** One per member concerned; its versions are revisions of subject `campaign_response`. */
export interface CampaignResponsesTable {
  id: Generated<number>;
  campaign_id: number;
  member_id: number;
}

export interface CampaignAnswerLogTable {
  id: Generated<number>;
  response_id: number;
  question_id: number;
  at: string;
  author: string;
  author_id: number | null;
  before: string | null;
  after: string | null;
}

export interface CampaignRemindersTable {
  campaign_id: number;
  days_before: number;
  sent_at: string;
}

export type CampaignRow = Selectable<CampaignsTable>;
export type CampaignQuestionRow = Selectable<CampaignQuestionsTable>;
export type CampaignResponseRow = Selectable<CampaignResponsesTable>;
