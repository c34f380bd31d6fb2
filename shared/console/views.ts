import { z } from 'zod';
import { ServiceId } from '../catalogue/ids';
import { StreetId } from '../sites';
import { AUDIT_OUTCOMES } from './requests';
import { TRIAGE_REASONS } from '../cases/triage';
import { AccountScope, AccountView, Role } from './roles';
import { SUGGESTION_STATUSES, SuggestionTopic } from '../suggestions/topics';
import { PersonalInfoProblem, TypicalCaseView } from '../typical-cases/schema';

/**
 * What the hub answers the console, as schemas the console parses every answer with (the
 * boundary), loose so a newer hub may add fields. Lists carry no personal information; only the
 * case page does, and viewing it is audited.
 */

export const SessionView = z.object({
  account: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    scope: AccountScope,
    mustChangePassword: z.boolean(),
  }),
  /** Sent back in the CSRF header on every state-changing request. */
  csrfToken: z.string(),
  idleTimeoutMs: z.number(),
  hubTime: z.string(),
});
export type SessionView = z.infer<typeof SessionView>;

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({
    rows: z.array(row),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

const TicketView = z.object({ number: z.string(), day: z.string() }).nullable();
const TeamStageView = z.enum(['routed', 'accepted', 'inProgress', 'resolved']);

/** A case in a list: what it takes to pick it, nothing personal. */
export const CaseRow = z.object({
  caseId: z.string(),
  siteId: z.string(),
  street: StreetId,
  status: z.string(),
  ticket: TicketView,
  category: ServiceId.nullable(),
  urgency: z.string().nullable(),
  dueDate: z.string().nullable(),
  openDue: z.string().nullable(),
  overdue: z.boolean(),
  sessionAt: z.string().nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
  /** team-member lists: the team's own stage, and whether it handed the case back. */
  stage: TeamStageView.nullable(),
  handedBack: z.boolean(),
  homeVisit: z.boolean(),
  teams: z.array(z.object({ team: ServiceId, stage: TeamStageView, handedBack: z.boolean() })),
});
export type CaseRow = z.infer<typeof CaseRow>;
export const CasePage = pageOf(CaseRow);

/** A case in the middle office's queue: why it is there, and since when a team has not accepted. */
export const TriageRow = CaseRow.extend({
  reasons: z.array(z.enum(TRIAGE_REASONS)),
  waitingSince: z.string().nullable(),
});
export type TriageRow = z.infer<typeof TriageRow>;
export const TriagePage = pageOf(TriageRow).extend({
  counts: z.record(z.enum(TRIAGE_REASONS), z.number().int()),
});
export type TriagePage = z.infer<typeof TriagePage>;

export const SiteRow = z.object({
  siteId: z.string(),
  street: StreetId,
  roomName: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type SiteRow = z.infer<typeof SiteRow>;
export const SiteList = z.object({ sites: z.array(SiteRow) });

/** One entry of a case's history; free text only for those who may see it. */
export const TimelineView = z.object({
  id: z.string(),
  type: z.string(),
  at: z.string(),
  actor: z.object({ kind: z.enum(['volunteer', 'team', 'office']), id: z.string() }),
  /** The console account that acted (for a team or the middle office), when the hub knows it. */
  by: z.string().nullable(),
  ignored: z.string().nullable(),
  teams: z.array(ServiceId),
  /** The note, result, advice, reason or matter in words; null when withheld or none. */
  text: z.string().nullable(),
  dueDate: z.string().nullable(),
  session: z.string().nullable(),
  score: z.number().nullable(),
});
export type TimelineView = z.infer<typeof TimelineView>;

export const CaseDetail = z.object({
  caseId: z.string(),
  siteId: z.string(),
  street: StreetId,
  roomName: z.object({ 'zh-CN': z.string(), en: z.string() }).nullable(),
  status: z.string(),
  ticket: TicketView,
  source: z.enum(['kiosk', 'walkIn']).nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
  dueDate: z.string().nullable(),
  openDue: z.string().nullable(),
  overdue: z.boolean(),
  jointSession: z.object({ date: z.string(), time: z.string().nullable() }).nullable(),
  /** Whether personal information is in this answer: shown, withheld (the role or no consent). */
  personalInfo: z.enum(['shown', 'withheld', 'none']),
  registration: z
    .object({
      matter: z.string().nullable(),
      category: ServiceId,
      urgency: z.string(),
      focusGroups: z.array(z.string()),
      homeVisitReason: z.string().nullable(),
      consentGeneral: z.boolean(),
      resident: z
        .object({
          surname: z.string().nullable(),
          salutation: z.enum(['mr', 'ms']).nullable(),
          phone: z.string().nullable(),
        })
        .nullable(),
    })
    .nullable(),
  /** The kiosk intake behind a ticket: the prompt and answers as ids (the console words them). */
  intake: z
    .object({
      prompt: z.string(),
      answers: z.array(z.object({ questionId: z.string(), optionId: z.string() })),
      services: z.array(ServiceId),
      legalAid: z
        .object({
          matterId: z.string(),
          article: z.number(),
          hardship: z.string().nullable(),
        })
        .nullable(),
      catalogueVersion: z.string(),
    })
    .nullable(),
  teams: z.array(
    z.object({
      team: ServiceId,
      stage: TeamStageView,
      routed: z.boolean(),
      homeVisit: z.boolean(),
      handedBack: z.boolean(),
      /** The middle office re-routed the case away from this team. */
      released: z.boolean(),
      result: z.string().nullable(),
      lastNote: z.string().nullable(),
    }),
  ),
  homeVisit: z.object({ team: ServiceId, reason: z.string(), visitBy: z.string() }).nullable(),
  solvedOnSpot: z.boolean(),
  reported: z.object({ how: z.string(), at: z.string() }).nullable(),
  satisfaction: z.object({ score: z.number(), tags: z.array(z.string()) }).nullable(),
  timeline: z.array(TimelineView),
  /** team-member only: this team's stage and whether it may still act. */
  mine: z.object({ stage: TeamStageView, handedBack: z.boolean(), canAct: z.boolean() }).nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const TeamActionResult = z.object({
  status: z.enum(['stored', 'duplicate']),
  case: CaseDetail,
});

export const LiveCounts = z.object({
  /** Cases waiting for the caller's attention that nobody took on yet (team: routed, not accepted). */
  fresh: z.number().int(),
  overdue: z.number().int(),
  /** 中台 only: cases waiting for a routing decision (shared/cases/triage.ts). */
  triage: z.number().int().nullable().default(null),
  at: z.string(),
});
export type LiveCounts = z.infer<typeof LiveCounts>;

export const AccountPage = pageOf(AccountView);
export const AccountCreated = z.object({ account: AccountView });

export const AuditRow = z.object({
  id: z.number(),
  at: z.string(),
  accountId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  targetKind: z.string().nullable(),
  targetId: z.string().nullable(),
  address: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  detail: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;
export const AuditPage = pageOf(AuditRow);

/** 解忧法空间: one suggestion as staff read it. Anonymous: the resident's words, nothing else. */
export const SuggestionRow = z.object({
  id: z.string(),
  siteId: z.string(),
  street: StreetId,
  text: z.string(),
  writtenAt: z.string(),
  status: z.enum(SUGGESTION_STATUSES),
  topic: SuggestionTopic.nullable(),
  reply: z.string().nullable(),
  replyPublic: z.boolean(),
  /** Still new past the time the kiosk promises (shared/suggestions/topics.ts). */
  late: z.boolean(),
});
export type SuggestionRow = z.infer<typeof SuggestionRow>;
export const SuggestionPage = pageOf(SuggestionRow).extend({
  /** Suggestions of the caller's scope (and street filter) by topic, `untagged` included. */
  byTopic: z.record(z.string(), z.number().int()),
});
export type SuggestionPage = z.infer<typeof SuggestionPage>;
export const SuggestionUpdated = z.object({ suggestion: SuggestionRow });

export const TypicalCasePage = pageOf(TypicalCaseView);
export const TypicalCaseAnswer = z.object({ typicalCase: TypicalCaseView });
/** The body of a `personal_info_found` refusal: where, and which kind, never the words. */
export const PersonalInfoRefusal = z.object({
  error: z.literal('personal_info_found'),
  problems: z.array(PersonalInfoProblem),
});
