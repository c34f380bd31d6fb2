import { z } from 'zod';
import { NOTE_MAX, RESULT_MAX, TEAMS_MAX } from '../cases/events';
import { ClockTime, DayString, RecordId } from '../cases/fields';
import { PromptKey, ServiceId } from '../catalogue/ids';
import { TRIAGE_REASONS } from '../cases/triage';
import { StreetId } from '../sites';
import { TYPICAL_STATUSES } from '../typical-cases/schema';
import { SUGGESTION_REPLY_MAX, SUGGESTION_STATUSES, SuggestionTopic } from '../suggestions/topics';
import { AccountScope, DisplayName, PASSWORD_MAX, Role, Username } from './roles';

/**
 * What the console sends the hub: one schema per request, used by the hub to refuse bad input
 * (400 `bad_request`, nothing changed) and by the console's forms to check before sending.
 */

/** A password field as sent; the policy (shared/console/roles.ts) is checked on new ones only. */
const PasswordText = z
  .string()
  .min(1)
  .max(PASSWORD_MAX * 4);

export const LoginRequest = z.strictObject({
  username: z.string().trim().min(1).max(40),
  password: PasswordText,
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const PasswordChangeRequest = z.strictObject({
  current: PasswordText,
  next: PasswordText,
});
export type PasswordChangeRequest = z.infer<typeof PasswordChangeRequest>;

export const REASON_MAX = 500;

/**
 * A linkage team member's action on a case (后台 联动解决). The hub adds the envelope (case, team,
 * device, time by the hub's clock) and stores it as a team event; the id makes a re-send harmless.
 */
export const TeamActionRequest = z.discriminatedUnion('type', [
  z.strictObject({ id: RecordId, type: z.literal('teamAccepted') }),
  z.strictObject({
    id: RecordId,
    type: z.literal('teamProgress'),
    note: z.string().trim().min(1).max(NOTE_MAX),
  }),
  z.strictObject({
    id: RecordId,
    type: z.literal('teamResolved'),
    result: z.string().trim().min(1).max(RESULT_MAX),
  }),
  z.strictObject({
    id: RecordId,
    type: z.literal('teamHandedBack'),
    reason: z.string().trim().min(1).max(REASON_MAX),
  }),
]);
export type TeamActionRequest = z.infer<typeof TeamActionRequest>;
export type TeamActionType = TeamActionRequest['type'];

/**
 * The middle office's action on a case (中台 分类流转). `seenEvents`: how many events the case had
 * when the dispatcher read it; the hub refuses (`case_changed`) if it gained any since, so a
 * decision made on an old picture is shown the new one, never silently applied. A note needs no
 * such check: it never contradicts anything.
 */
const seenEvents = z.int().min(1).max(100_000);
const officeText = z.string().trim().min(1).max(NOTE_MAX);
export const OfficeActionRequest = z.discriminatedUnion('type', [
  z.strictObject({
    id: RecordId,
    type: z.literal('rerouted'),
    seenEvents,
    teams: z
      .array(ServiceId)
      .min(1)
      .max(TEAMS_MAX)
      .refine((xs) => new Set(xs).size === xs.length, 'no repeats'),
    dueDate: DayString,
    jointSession: z.strictObject({ date: DayString, time: ClockTime.nullable() }).nullable(),
    reason: officeText,
  }),
  z.strictObject({
    id: RecordId,
    type: z.literal('dueDateSet'),
    seenEvents,
    dueDate: DayString,
    reason: officeText,
  }),
  z.strictObject({
    id: RecordId,
    type: z.literal('sessionScheduled'),
    seenEvents,
    date: DayString,
    time: ClockTime,
  }),
  z.strictObject({ id: RecordId, type: z.literal('officeNote'), text: officeText }),
]);
export type OfficeActionRequest = z.infer<typeof OfficeActionRequest>;
export type OfficeActionType = OfficeActionRequest['type'];

export const AccountCreateRequest = z.strictObject({
  username: Username,
  displayName: DisplayName,
  role: Role,
  scope: AccountScope,
  password: PasswordText,
});
export type AccountCreateRequest = z.infer<typeof AccountCreateRequest>;

export const AccountUpdateRequest = z
  .strictObject({
    displayName: DisplayName.optional(),
    role: Role.optional(),
    scope: AccountScope.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'nothing to change')
  .refine((u) => (u.role === undefined) === (u.scope === undefined), {
    message: 'role and scope change together',
    path: ['scope'],
  });
export type AccountUpdateRequest = z.infer<typeof AccountUpdateRequest>;

export const PasswordResetRequest = z.strictObject({ password: PasswordText });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

export const PAGE_SIZES = [20, 50, 100] as const;
const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), 'page size 20, 50 or 100')
    .default(20),
  dir: z.enum(['asc', 'desc']).default('asc'),
};

/** The teams' inbox views (工作台): each a filter over the team's cases. */
export const TEAM_VIEWS = [
  'open',
  'new',
  'accepted',
  'inProgress',
  'overdue',
  'sessions',
  'handedBack',
  'resolved',
] as const;
export type TeamView = (typeof TEAM_VIEWS)[number];
export const TEAM_SORTS = ['urgency', 'due', 'opened', 'session'] as const;

export const TeamCasesQuery = z.strictObject({
  view: z.enum(TEAM_VIEWS).default('open'),
  sort: z.enum(TEAM_SORTS).default('urgency'),
  ...paging,
});
export type TeamCasesQuery = z.infer<typeof TeamCasesQuery>;

export const CASE_FILTERS = ['all', 'open', 'awaitingTeams', 'overdue', 'closed'] as const;
export const CASE_SORTS = ['opened', 'updated', 'due', 'status'] as const;
export const CasesQuery = z.strictObject({
  filter: z.enum(CASE_FILTERS).default('open'),
  street: StreetId.optional(),
  sort: z.enum(CASE_SORTS).default('opened'),
  ...paging,
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type CasesQuery = z.infer<typeof CasesQuery>;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
export const AuditQuery = z.strictObject({
  action: z
    .string()
    .regex(/^[a-z.A-Z]{1,40}$/)
    .optional(),
  username: z.string().trim().min(1).max(40).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  /** Days, inclusive, YYYY-MM-DD (Shanghai time). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...paging,
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AccountsQuery = z.strictObject({
  ...paging,
  sort: z.enum(['username', 'role', 'created', 'lastLogin']).default('username'),
});
export type AccountsQuery = z.infer<typeof AccountsQuery>;

export const TriageQuery = z.strictObject({
  reason: z.enum(TRIAGE_REASONS).default('handedBack'),
  ...paging,
});
export type TriageQuery = z.infer<typeof TriageQuery>;

/** 解忧法空间: the suggestions of the caller's scope, newest first. */
export const SuggestionsQuery = z.strictObject({
  status: z.enum([...SUGGESTION_STATUSES, 'all']).default('all'),
  topic: z.union([SuggestionTopic, z.literal('untagged')]).optional(),
  street: StreetId.optional(),
  ...paging,
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type SuggestionsQuery = z.infer<typeof SuggestionsQuery>;

/**
 * Staff's handling of one suggestion: tag it, reply (shown on the room's notice board only when
 * `replyPublic`; a suggestion carries no contact, so the board is the only way back), close or
 * reopen it. Fields left out stay as they are.
 */
export const SuggestionUpdateRequest = z
  .strictObject({
    topic: SuggestionTopic.nullable().optional(),
    reply: z.string().trim().min(1).max(SUGGESTION_REPLY_MAX).nullable().optional(),
    replyPublic: z.boolean().optional(),
    closed: z.boolean().optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'nothing to change');
export type SuggestionUpdateRequest = z.infer<typeof SuggestionUpdateRequest>;

/** 典型案事例: the library, searchable by topic (the prompt), street, service and year. */
export const TypicalCasesQuery = z.strictObject({
  status: z.enum(TYPICAL_STATUSES).default('approved'),
  prompt: PromptKey.optional(),
  street: StreetId.optional(),
  service: ServiceId.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  ...paging,
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export type TypicalCasesQuery = z.infer<typeof TypicalCasesQuery>;

export const TypicalPublishRequest = z.strictObject({ published: z.boolean() });
