import type { CaseView } from '../cases/derive';
import type { CaseEventType, EventOf } from '../cases/events';
import type { Intake, LegalAidPrescreen } from '../records/intake';

/**
 * What the district's figures mean, written once. docs/statistics.md says the same in plain
 * words; every definition here has a test on hand-made cases (definitions.test.ts, parts.test.ts).
 *
 * - An **intake** is a kiosk record of kind `intake` stored at the hub: one per ticket a resident
 *   took, with or without consent (without it, only the prompt, the suggested services and the
 *   ticket are there to count). A re-sent intake is the same intake (its id).
 * - A **case** is everything the desk and the teams recorded under one case id (docs/cases.md);
 *   it counts from the moment the desk first touched it (its first event: a call or a
 *   registration), at the room whose kiosk sent that event.
 * - A **first-contact registration** (首问登记) is a case with a `registered` event that counts;
 *   a **walk-in** is a registration whose source is a walk-in (no kiosk ticket).
 * - **Solved on the spot** (当场完成): the case has a `solvedOnSpot` event that counts.
 * - **Routed**: a `routed` event named the team; a **joint consultation** (联合咨询) is a case
 *   routed to two teams or more in one routing.
 * - A **result** is reached when the case was solved on the spot or routed, and every team it
 *   was routed to (or asked for a home visit) has resolved its part; **time to result** runs
 *   from the intake (a walk-in: from its registration) to that moment.
 * - **Reported back** (信息反馈): the case has a `resultReported` event that counts; **closed**
 *   (办结): it has a `closed` event that counts (which needs its report: the case rule).
 * - **Overdue at month end**: at the first instant of the next month the case is still waiting
 *   for a team and the earliest due date of that work is before that day (the desk's rule,
 *   shared/cases/lists.ts `isOverdue`, applied at midnight).
 * A case's figures are those of its current state: a figure moves when a late event changes the
 * state (e.g. a team's result dated last month arrives now: the result moves into last month and
 * the case stops being overdue at that month's end).
 */

/** What a case's figures read of its intake: the prompt, and when it was made. */
export type IntakeFacts = Pick<Intake, 'prompt' | 'createdAt'>;

/** Why a case was opened, for the case's prompt dimension. */
export const CASE_PROMPT_WALK_IN = 'walkIn';
/** A kiosk ticket's case whose intake the hub does not (yet) have. */
export const CASE_PROMPT_UNKNOWN = 'unknown';

export const CASE_OUTCOMES = ['solvedOnSpot', 'routed', 'noShow', 'pending'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const RESULT_PATHS = ['spot', 'teams'] as const;
export type ResultPath = (typeof RESULT_PATHS)[number];

export const LEGAL_AID_OUTCOMES = [
  'art32',
  'art31Hardship',
  'art31NoHardship',
  'art31Unsure',
] as const;
export type LegalAidOutcome = (typeof LEGAL_AID_OUTCOMES)[number];

/** Where a pre-screen landed: Art. 32 (no means test), or Art. 31 with the resident's answer. */
export function legalAidOutcome(prescreen: LegalAidPrescreen): LegalAidOutcome {
  if (prescreen.article === 32) return 'art32';
  if (prescreen.hardship === 'yes') return 'art31Hardship';
  if (prescreen.hardship === 'no') return 'art31NoHardship';
  return 'art31Unsure';
}

export function intakeConsented(intake: Intake): boolean {
  return intake.consent.general;
}

/**
 * The outcome a case has now: routed (to a team, or a home visit) wins over solved on the spot
 * (the case needed a team after all); a ticket called but never seen is a no-show; the rest wait.
 */
export function caseOutcome(view: CaseView): CaseOutcome {
  if (view.status === 'noShow') return 'noShow';
  if (view.teams.some((t) => t.routed || t.homeVisit)) return 'routed';
  if (view.solved) return 'solvedOnSpot';
  return 'pending';
}

export function isWalkIn(view: CaseView): boolean {
  return view.registration?.source.from === 'walkIn';
}

/** The prompt a case came through: its intake's, `walkIn`, or `unknown` (intake not here). */
export function casePrompt(view: CaseView, intake: IntakeFacts | null): string {
  if (isWalkIn(view)) return CASE_PROMPT_WALK_IN;
  return intake?.prompt ?? CASE_PROMPT_UNKNOWN;
}

/** The first registration that counts: when first-contact acceptance happened. */
export function firstRegistration(view: CaseView): EventOf<'registered'> | null {
  for (const entry of view.timeline)
    if (entry.ignored === null && entry.event.type === 'registered') return entry.event;
  return null;
}

/** Each team's first routing that counts, in order; the first one with two teams or more. */
export function routings(view: CaseView) {
  const firstByTeam = new Map<string, EventOf<'routed'>>();
  let first: EventOf<'routed'> | null = null;
  let firstJoint: EventOf<'routed'> | null = null;
  for (const { event, ignored } of view.timeline) {
    if (ignored !== null || event.type !== 'routed') continue;
    first ??= event;
    if (event.teams.length >= 2) firstJoint ??= event;
    for (const team of event.teams) if (!firstByTeam.has(team)) firstByTeam.set(team, event);
  }
  return { first, firstJoint, firstByTeam };
}

/**
 * The result the case has now, or null: solved on the spot or routed, and every team resolved.
 * Its moment is the latest of the solving and the teams' resolutions (the event that completed
 * it); a routing after a result makes the case wait again, and its result is the next one.
 */
export function caseResult(view: CaseView): { at: string; path: ResultPath } | null {
  if (!view.solved && view.teams.length === 0) return null;
  if (view.teams.some((t) => t.stage !== 'resolved')) return null;
  let at = view.solved?.createdAt ?? null;
  for (const t of view.teams) {
    if (t.resolvedAt !== null && (at === null || Date.parse(t.resolvedAt) > Date.parse(at)))
      at = t.resolvedAt;
  }
  if (at === null) return null;
  return { at, path: view.teams.length > 0 ? 'teams' : 'spot' };
}

/**
 * The report back the case has: the one that counts, or for a closed case the report its close
 * names. (A desk whose clock ran behind can date the close before its report; the case rule then
 * keeps the close and shows the report as "after close", but the resident was told all the same.)
 */
export function caseReport(view: CaseView): EventOf<'resultReported'> | null {
  if (view.report) return view.report;
  const named = view.closed?.reportedEventId;
  if (named === undefined) return null;
  for (const { event } of view.timeline)
    if (event.type === 'resultReported' && event.id === named) return event;
  return null;
}

/** When the clock for "time to result" starts: the intake, or the case's first event. */
export function caseStartedAt(view: CaseView, intake: IntakeFacts | null): string {
  return !isWalkIn(view) && intake ? intake.createdAt : view.openedAt;
}

/**
 * How each kind of case event enters the figures. `state`: through the case's derived state
 * (deriveCase), read by the definitions above; `count`: each event counted in its month (measure
 * `activity`); `both`. A new kind of event must be placed here: the compiler refuses to build
 * until it is. E.g. a "reopened" event (issue 16) is `both`: deriveCase stops counting the close
 * it reopens, so the case is closed in the month of the close that stands, and reopenings are
 * counted; a "phone number viewed" event is `count` (who looked is in the case, how often here).
 */
export const EVENT_STATS: Record<CaseEventType, 'state' | 'count' | 'both'> = {
  called: 'both',
  noShow: 'state',
  registered: 'state',
  solvedOnSpot: 'state',
  routed: 'state',
  homeVisitArranged: 'state',
  teamAccepted: 'both',
  teamProgress: 'both',
  teamResolved: 'state',
  resultReported: 'state',
  closed: 'state',
  note: 'count',
  satisfaction: 'state',
  reopened: 'both',
  phoneShown: 'count',
  teamHandedBack: 'both',
  // The middle office's (中台) work: re-routings and notes are counted; a new due date or a
  // session time only moves the case's state.
  rerouted: 'both',
  dueDateSet: 'state',
  sessionScheduled: 'state',
  officeNote: 'count',
};
