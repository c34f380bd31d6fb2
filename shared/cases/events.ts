import { z } from 'zod';
import { FocusGroup, HomeVisitReason, ServiceId } from '../catalogue/ids';
import { ConsentRecord } from '../records/consent';
import {
  ClockTime,
  DayString,
  DeviceTag,
  EventTime,
  MobilePhone,
  RecordId,
  Surname,
  Ticket,
  VolunteerId,
  dayOf,
} from './fields';

/**
 * A case is its history: an append-only list of `CaseEvent` records (docs/cases.md). Kiosks write
 * the front-desk events (`KioskCaseEvent`) and push them to the hub like any record; the hub
 * writes the linkage teams' updates (`TeamCaseEvent`) and sends a case's events back in `case`
 * changes. Nothing is ever edited or deleted: status is derived (`deriveCase`).
 */

export const MATTER_MAX = 200;
export const ADVICE_MAX = 500;
export const NOTE_MAX = 500;
export const RESULT_MAX = 1000;
export const TEAMS_MAX = 8;
/** A home visit's address: a street address as the volunteer writes it, nothing more. */
export const ADDRESS_MAX = 120;

export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

/** How the result reached the resident (信息反馈). */
export const REPORT_CHANNELS = ['phone', 'inPerson', 'other'] as const;
export const ReportChannel = z.enum(REPORT_CHANNELS);
export type ReportChannel = z.infer<typeof ReportChannel>;

/** Optional words a resident may tap beside the 1-5 rating (服务质效评议). */
export const SATISFACTION_TAGS = ['quick', 'clear', 'kind', 'solved', 'slow', 'unclear'] as const;
export const SatisfactionTag = z.enum(SATISFACTION_TAGS);
export type SatisfactionTag = z.infer<typeof SatisfactionTag>;

const VolunteerActor = z.strictObject({ kind: z.literal('volunteer'), id: VolunteerId });
const TeamActor = z.strictObject({ kind: z.literal('team'), id: ServiceId });
/**
 * 中台: the district's middle office (or the district admin) acting from the console. The id is the
 * console account's opaque id (`acc_...`); its name stays at the hub.
 */
const OfficeActor = z.strictObject({
  kind: z.literal('office'),
  id: z.string().regex(/^acc_[a-z2-7]{16}$/),
});
export const Actor = z.discriminatedUnion('kind', [VolunteerActor, TeamActor, OfficeActor]);
export type Actor = z.infer<typeof Actor>;

/** Fields every event carries: who did what, when (the writer's clock), on which device. */
const envelope = {
  id: RecordId,
  kind: z.literal('caseEvent'),
  caseId: RecordId,
  createdAt: EventTime,
  deviceId: DeviceTag,
};
const kioskEnvelope = { ...envelope, actor: VolunteerActor };
const teamEnvelope = { ...envelope, actor: TeamActor };
const officeEnvelope = { ...envelope, actor: OfficeActor };

const uniqueList = <T extends z.ZodType>(item: T, min: number, max: number) =>
  z
    .array(item)
    .min(min)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'no repeats');

/** The resident as the desk records them: the minimum, like the kiosk's contact. */
export const Resident = z.strictObject({
  surname: Surname.nullable(),
  salutation: z.enum(['mr', 'ms']).nullable(),
  phone: MobilePhone.nullable(),
});
export type Resident = z.infer<typeof Resident>;

/** Where the case started: a kiosk ticket (its intake) or a walk-in given a desk number. */
export const CaseSource = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('kiosk'), intakeId: RecordId, ticket: Ticket }),
  z.strictObject({ from: z.literal('walkIn'), ticket: Ticket }),
]);
export type CaseSource = z.infer<typeof CaseSource>;

/** Consent carried from the kiosk intake, or given at the desk by a walk-in. */
export const CaseConsent = ConsentRecord.extend({ from: z.enum(['kiosk', 'desk']) });
export type CaseConsent = z.infer<typeof CaseConsent>;

/** 首问登记: first-contact registration. */
export const Registered = z
  .strictObject({
    ...kioskEnvelope,
    type: z.literal('registered'),
    source: CaseSource,
    resident: Resident,
    /** The matter in short, in the volunteer's words. */
    matter: z.string().trim().min(1).max(MATTER_MAX),
    category: ServiceId,
    urgency: Urgency,
    focusGroups: uniqueList(FocusGroup, 0, 5),
    /** The resident asked for the home-visit green channel (上门绿色通道). */
    homeVisit: z.strictObject({ reason: HomeVisitReason }).nullable(),
    consent: CaseConsent,
  })
  .refine(
    (e) =>
      e.consent.general ||
      (e.resident.surname === null &&
        e.resident.salutation === null &&
        e.resident.phone === null &&
        e.focusGroups.length === 0 &&
        e.homeVisit === null),
    { message: 'without consent no personal details are kept', path: ['resident'] },
  );

/** The ticket was called to the desk. A ticket's case id is its intake's id. */
export const Called = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('called'),
  ticket: Ticket,
});

/** Called, but the resident did not come. */
export const NoShow = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('noShow'),
  ticket: Ticket,
});

/** 当场完成: solved on the spot, with what was given. */
export const SolvedOnSpot = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('solvedOnSpot'),
  advice: z.string().trim().min(1).max(ADVICE_MAX),
  services: uniqueList(ServiceId, 1, TEAMS_MAX),
});

/** Routed to linkage teams; several teams make a joint consultation (联合咨询). */
export const Routed = z
  .strictObject({
    ...kioskEnvelope,
    type: z.literal('routed'),
    teams: uniqueList(ServiceId, 1, TEAMS_MAX),
    dueDate: DayString,
    /**
     * 集中会诊: a group session for a joint consultation. The time may be left open (null) when
     * only the day is agreed so far.
     */
    jointSession: z.strictObject({ date: DayString, time: ClockTime.nullable() }).nullable(),
  })
  .refine((e) => e.dueDate >= dayOf(e.createdAt), {
    message: 'the due date is not in the past',
    path: ['dueDate'],
  })
  .refine((e) => e.jointSession === null || e.teams.length >= 2, {
    message: 'a group session needs two teams or more',
    path: ['jointSession'],
  });

/**
 * 上门服务: a home visit by a team, by a date (or on that date at `time`, when one was agreed),
 * with the address to go to. `time` and `address` came later: events written before them have
 * neither, so both may be absent. The address is personal data: the desk offers it only when the
 * resident consented, and the hub shows it only to the visiting team.
 */
export const HomeVisitArranged = z
  .strictObject({
    ...kioskEnvelope,
    type: z.literal('homeVisitArranged'),
    team: ServiceId,
    reason: HomeVisitReason,
    visitBy: DayString,
    time: ClockTime.nullable().optional(),
    address: z.string().trim().min(1).max(ADDRESS_MAX).nullable().optional(),
  })
  .refine((e) => e.visitBy >= dayOf(e.createdAt), {
    message: 'the visit date is not in the past',
    path: ['visitBy'],
  });

/** The result was told to the resident: how and when. A case closes only after this. */
export const ResultReported = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('resultReported'),
  how: ReportChannel,
  reportedAt: EventTime,
  note: z.string().trim().min(1).max(NOTE_MAX).nullable(),
});

/** Closed, naming the report it follows (so a clock running behind cannot close it too early). */
export const Closed = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('closed'),
  reportedEventId: RecordId,
});

/**
 * Undo a close the same day it was made (a close tapped too soon, or the resident came back):
 * names the `closed` event it undoes. Counts only on the close's own calendar day (derive.ts).
 */
export const Reopened = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('reopened'),
  closedEventId: RecordId,
});

/**
 * The volunteer tapped 显示号码 to read the resident's whole phone number (to tell them the result
 * by phone). The event is the record of who looked and when; it changes nothing else.
 */
export const PhoneShown = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('phoneShown'),
});

export const Note = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('note'),
  text: z.string().trim().min(1).max(NOTE_MAX),
});

/** 服务质效评议: the resident's rating, handed over by the volunteer named as actor. */
export const Satisfaction = z.strictObject({
  ...kioskEnvelope,
  type: z.literal('satisfaction'),
  score: z.int().min(1).max(5),
  tags: uniqueList(SatisfactionTag, 0, SATISFACTION_TAGS.length),
});

/** Every event a kiosk may write. The hub validates pushes with this (via `KioskRecord`). */
export const KioskCaseEvent = z.discriminatedUnion('type', [
  Registered,
  Called,
  NoShow,
  SolvedOnSpot,
  Routed,
  HomeVisitArranged,
  ResultReported,
  Closed,
  Reopened,
  PhoneShown,
  Note,
  Satisfaction,
]);
export type KioskCaseEvent = z.infer<typeof KioskCaseEvent>;

export const TeamAccepted = z.strictObject({
  ...teamEnvelope,
  type: z.literal('teamAccepted'),
  team: ServiceId,
});
export const TeamProgress = z.strictObject({
  ...teamEnvelope,
  type: z.literal('teamProgress'),
  team: ServiceId,
  note: z.string().trim().min(1).max(NOTE_MAX),
});
export const TeamResolved = z.strictObject({
  ...teamEnvelope,
  type: z.literal('teamResolved'),
  team: ServiceId,
  result: z.string().trim().min(1).max(RESULT_MAX),
});
/**
 * The team cannot solve it and hands it back to the middle office (中台) with a reason, to be
 * routed again. Its stage stays where it was; a later routing that names the team again takes it
 * back on.
 */
export const TeamHandedBack = z.strictObject({
  ...teamEnvelope,
  type: z.literal('teamHandedBack'),
  team: ServiceId,
  reason: z.string().trim().min(1).max(NOTE_MAX),
});

/** What the hub writes for a linkage team (accepted, progress, resolved with a result, handed back). */
export const TeamCaseEvent = z.discriminatedUnion('type', [
  TeamAccepted,
  TeamProgress,
  TeamResolved,
  TeamHandedBack,
]);
export type TeamCaseEvent = z.infer<typeof TeamCaseEvent>;

/**
 * 中台 研判分析、分类流转: re-route the open work of a case to these teams (a hand-back, a team that
 * did not accept in time, a service with no team behind it). Teams named take it on (again);
 * routed teams not named that have not resolved their part are released from it. The due date
 * and the joint session are the routing's, as for the desk's `routed`.
 */
export const Rerouted = z
  .strictObject({
    ...officeEnvelope,
    type: z.literal('rerouted'),
    teams: uniqueList(ServiceId, 1, TEAMS_MAX),
    dueDate: DayString,
    jointSession: z.strictObject({ date: DayString, time: ClockTime.nullable() }).nullable(),
    reason: z.string().trim().min(1).max(NOTE_MAX),
  })
  .refine((e) => e.dueDate >= dayOf(e.createdAt), {
    message: 'the due date is not in the past',
    path: ['dueDate'],
  })
  .refine((e) => e.jointSession === null || e.teams.length >= 2, {
    message: 'a group session needs two teams or more',
    path: ['jointSession'],
  });

/** A new due date for the case's open work, with the reason (the resident or a team asked). */
export const DueDateSet = z
  .strictObject({
    ...officeEnvelope,
    type: z.literal('dueDateSet'),
    dueDate: DayString,
    reason: z.string().trim().min(1).max(NOTE_MAX),
  })
  .refine((e) => e.dueDate >= dayOf(e.createdAt), {
    message: 'the due date is not in the past',
    path: ['dueDate'],
  });

/** 集中会诊: the joint consultation's group session, now with its day and time. */
export const SessionScheduled = z.strictObject({
  ...officeEnvelope,
  type: z.literal('sessionScheduled'),
  date: DayString,
  time: ClockTime,
});

/** The middle office's note on the case (history only). */
export const OfficeNote = z.strictObject({
  ...officeEnvelope,
  type: z.literal('officeNote'),
  text: z.string().trim().min(1).max(NOTE_MAX),
});

/** What the hub writes for the middle office (中台). */
export const OfficeCaseEvent = z.discriminatedUnion('type', [
  Rerouted,
  DueDateSet,
  SessionScheduled,
  OfficeNote,
]);
export type OfficeCaseEvent = z.infer<typeof OfficeCaseEvent>;

export const CaseEvent = z.discriminatedUnion('type', [
  KioskCaseEvent,
  TeamCaseEvent,
  OfficeCaseEvent,
]);
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES = [
  'called',
  'noShow',
  'registered',
  'solvedOnSpot',
  'routed',
  'homeVisitArranged',
  'teamAccepted',
  'teamProgress',
  'teamResolved',
  'teamHandedBack',
  'rerouted',
  'dueDateSet',
  'sessionScheduled',
  'officeNote',
  'resultReported',
  'closed',
  'reopened',
  'phoneShown',
  'note',
  'satisfaction',
] as const satisfies readonly CaseEventType[];

/** An event of one type, e.g. `EventOf<'routed'>`. */
export type EventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

// Compile-time check: CASE_EVENT_TYPES lists every type (the i18n test relies on it).
const _everyType: [Exclude<CaseEventType, (typeof CASE_EVENT_TYPES)[number]>] extends [never]
  ? true
  : never = true;
void _everyType;
