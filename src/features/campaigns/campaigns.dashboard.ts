/** The campaign dashboard: response rate overall, by kind and by région, and every member's response, late ones first. */
import type { Db } from '../../db/database.ts';
import { MEMBER_KINDS, MEMBER_KIND_LABELS, type MemberKind } from '../../shared/member-kinds.ts';
import { listMemberPlaces } from '../members/members.public.ts';
import { parisDay } from './campaigns.reminders.ts';
import { enrolMissing, getCampaign, listQuestions, type Campaign } from './campaigns.service.ts';
import { answered, responseStates, type ResponseState } from './campaigns.responses.ts';
import type { Question } from './campaigns.questions.ts';

export interface Rate {
  label: string;
  answered: number;
  total: number;
}

export interface DashboardMember {
  slug: string;
  name: string;
  kind: MemberKind;
  regionCode: string | null;
  regionName: string | null;
  state: ResponseState;
  /** Not submitted and the deadline has passed. */
  late: boolean;
}

export interface Dashboard {
  campaign: Campaign;
  questions: Question[];
  rates: { overall: Rate; validated: number; byKind: Rate[]; byRegion: Rate[] };
  members: DashboardMember[];
}

/** Every member of the network with its kind and région, by id (a campaign's members, whatever their status now). */
export async function membersById(db: Db) {
  return new Map((await listMemberPlaces(db)).map((r) => [r.id, r]));
}

export async function getDashboard(db: Db, campaignId: number, now = new Date()): Promise<Dashboard> {
  const campaign = await getCampaign(db, campaignId);
  const [questions, asked, directory] = await Promise.all([listQuestions(db, campaignId), responseStates(db, campaignId), membersById(db)]);
  // Members that joined since the campaign was created are asked too (the scheduler does it hourly).
  const added = await enrolMissing(
    db,
    campaign,
    [...directory.values()],
    asked.map((s) => s.memberId),
  );
  const states = added ? await responseStates(db, campaignId) : asked;
  const past = parisDay(now) > campaign.deadline;
  const collator = new Intl.Collator('fr');
  const members: DashboardMember[] = states.flatMap((state) => {
    const m = directory.get(state.memberId);
    if (!m) return [];
    return [
      {
        slug: m.slug,
        name: m.name,
        kind: m.kind,
        regionCode: m.region_code,
        regionName: m.region_name,
        state,
        late: past && campaign.state === 'open' && !answered(state.status),
      },
    ];
  });
  // What needs the network first: late members, then answers to validate, then those still to answer.
  const rank = (m: DashboardMember) => (m.late ? 0 : m.state.status === 'submitted' ? 1 : !answered(m.state.status) ? 2 : 3);
  members.sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name));
  const rate = (label: string, of: DashboardMember[]): Rate => ({
    label,
    answered: of.filter((m) => answered(m.state.status)).length,
    total: of.length,
  });
  const regions = new Map<string, string>();
  for (const m of members) if (m.regionCode && m.regionName) regions.set(m.regionCode, m.regionName);
  return {
    campaign,
    questions,
    rates: {
      overall: rate('Tous', members),
      validated: members.filter((m) => m.state.status === 'validated').length,
      byKind: MEMBER_KINDS.map((k) =>
        rate(
          MEMBER_KIND_LABELS[k].many,
          members.filter((m) => m.kind === k),
        ),
      ).filter((r) => r.total > 0),
      byRegion: [...regions]
        .sort((a, b) => collator.compare(a[1], b[1]))
        .map(([code, name]) =>
          rate(
            name,
            members.filter((m) => m.regionCode === code),
          ),
        )
        .concat(
          members.some((m) => !m.regionCode)
            ? [
                rate(
                  'Sans région',
                  members.filter((m) => !m.regionCode),
                ),
              ]
            : [],
        ),
    },
    members,
  };
}
