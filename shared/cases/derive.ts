import type { ServiceId } from '../catalogue/ids';
import type { CaseEvent, CaseSource, EventOf } from './events';
import { dayOf, type Ticket } from './fields';

/**
 * Case status, derived from the history (docs/cases.md has the rule in prose):
 * - sort by (time, id) where time is the event's own clock reading as an instant; equal ids are
 *   one event (a re-send), kept once;
 * - fold in that order; nothing overwrites an event, the timeline keeps every one;
 * - `closed` counts only if the `resultReported` it names is in the history, wherever it sorts
 *   (a device whose clock runs behind can therefore never close a case "before" its report);
 * - a `reopened` undoes the close it names, wherever either sorts, if both fall on the same
 *   calendar day (the close's day); an undone close is shown but never closed the case, so the
 *   events after it count as on any open case;
 * - after an applied `closed`, desk events are kept but ignored; team updates, notes and ratings
 *   still apply;
 * - a team's stage only moves forward (routed < accepted < inProgress < resolved), so the hub's
 *   and the kiosks' clocks need not agree for the stage to be right.
 * The result depends only on the set of events, never on the order they arrived in.
 */

export const CASE_STATUSES = [
  'called',
  'noShow',
  'registered',
  'awaitingTeams',
  'resultReady',
  'reported',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TEAM_STAGES = ['routed', 'accepted', 'inProgress', 'resolved'] as const;
export type TeamStage = (typeof TEAM_STAGES)[number];

export interface TeamState {
  team: ServiceId;
  stage: TeamStage;
  /** Named in a `routed` event (a team the hub adds on its own is neither routed nor a visit). */
  routed: boolean;
  /** Asked for a home visit (上门服务). */
  homeVisit: boolean;
  result: string | null;
  resolvedAt: string | null;
  lastNote: string | null;
  /** The team handed the case back to the middle office (and was not routed to it again since). */
  handedBack: { reason: string; at: string } | null;
  /** When the latest routing that named the team was written (desk or middle office). */
  routedAt: string | null;
  /**
   * The middle office re-routed the case's open work to other teams: this team's unresolved
   * part no longer waits (and the team no longer has the case), until a routing names it again.
   */
  released: boolean;
}

export const IGNORED_REASONS = [
  'closeWithoutReport',
  'afterClose',
  /** A close undone by a reopen the same day. */
  'reopened',
  /** A reopen naming a close this history does not hold (yet). */
  'reopenWithoutClose',
  /** A reopen on a later day than the close it names. */
  'reopenTooLate',
] as const;
export type IgnoredBecause = (typeof IGNORED_REASONS)[number];

export interface TimelineEntry {
  event: CaseEvent;
  /** null when the event counted; otherwise why it is shown but did not change the case. */
  ignored: IgnoredBecause | null;
}

export interface CaseView {
  caseId: string;
  status: CaseStatus;
  source: CaseSource | null;
  ticket: Ticket | null;
  registration: EventOf<'registered'> | null;
  solved: EventOf<'solvedOnSpot'> | null;
  teams: TeamState[];
  /** The latest routing's due date. */
  dueDate: string | null;
  /** The time is null when only the day was agreed. */
  jointSession: { date: string; time: string | null } | null;
  homeVisit: EventOf<'homeVisitArranged'> | null;
  report: EventOf<'resultReported'> | null;
  closed: EventOf<'closed'> | null;
  satisfaction: EventOf<'satisfaction'> | null;
  /** The earliest due date of work still waiting for a team, or null when none waits. */
  openDue: string | null;
  openedAt: string;
  updatedAt: string;
  timeline: TimelineEntry[];
}

const STAGE_RANK: Record<TeamStage, number> = {
  routed: 0,
  accepted: 1,
  inProgress: 2,
  resolved: 3,
};
/** Desk events that no longer apply once the case is closed. */
const IGNORED_AFTER_CLOSE = new Set<CaseEvent['type']>([
  'called',
  'noShow',
  'registered',
  'solvedOnSpot',
  'routed',
  'homeVisitArranged',
  'rerouted',
  'dueDateSet',
  'sessionScheduled',
  'resultReported',
  'closed',
]);

/** The one order every device and the hub use: the event's instant, then its id. */
export function compareEvents(a: CaseEvent, b: CaseEvent): number {
  const dt = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (dt !== 0) return dt;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // The same id twice with different content should never happen; pick one the same way anywhere.
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** The history in order, each id once. */
export function orderEvents(events: readonly CaseEvent[]): CaseEvent[] {
  const sorted = [...events].sort(compareEvents);
  const seen = new Set<string>();
  return sorted.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

export function deriveCase(events: readonly CaseEvent[]): CaseView {
  const ordered = orderEvents(events);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) throw new RangeError('a case has at least one event');
  if (ordered.some((e) => e.caseId !== first.caseId))
    throw new RangeError('events of several cases');

  const reportIds = new Set(ordered.filter((e) => e.type === 'resultReported').map((e) => e.id));
  const reopens = reopenVerdicts(ordered);
  const undoneCloses = new Set(
    [...reopens].flatMap(([, v]) => (v.ignored === null ? [v.closedEventId] : [])),
  );
  const teams = new Map<ServiceId, TeamState>();
  const team = (id: ServiceId): TeamState => {
    let state = teams.get(id);
    if (!state) {
      state = {
        team: id,
        stage: 'routed',
        routed: false,
        homeVisit: false,
        result: null,
        resolvedAt: null,
        lastNote: null,
        handedBack: null,
        routedAt: null,
        released: false,
      };
      teams.set(id, state);
    }
    return state;
  };
  const advance = (state: TeamState, stage: TeamStage) => {
    if (STAGE_RANK[stage] > STAGE_RANK[state.stage]) state.stage = stage;
  };

  const view: CaseView = {
    caseId: first.caseId,
    status: 'called',
    source: null,
    ticket: null,
    registration: null,
    solved: null,
    teams: [],
    dueDate: null,
    jointSession: null,
    homeVisit: null,
    report: null,
    closed: null,
    satisfaction: null,
    openDue: null,
    openedAt: first.createdAt,
    updatedAt: last.createdAt,
    timeline: [],
  };
  let queueMark: 'called' | 'noShow' | null = null;

  for (const event of ordered) {
    let ignored: IgnoredBecause | null = null;
    if (event.type === 'closed' && undoneCloses.has(event.id)) ignored = 'reopened';
    else if (event.type === 'reopened') ignored = reopens.get(event.id)?.ignored ?? null;
    else if (view.closed && IGNORED_AFTER_CLOSE.has(event.type)) ignored = 'afterClose';
    else if (event.type === 'closed' && !reportIds.has(event.reportedEventId))
      ignored = 'closeWithoutReport';
    view.timeline.push({ event, ignored });
    if (ignored) continue;

    switch (event.type) {
      case 'called':
      case 'noShow':
        queueMark = event.type;
        view.source ??= { from: 'kiosk', intakeId: event.caseId, ticket: event.ticket };
        break;
      case 'registered':
        // A second registration (another desk, or a correction) replaces the details shown.
        view.registration = event;
        view.source = event.source;
        break;
      case 'solvedOnSpot':
        view.solved = event;
        break;
      case 'routed':
      case 'rerouted':
        if (event.type === 'rerouted')
          // The middle office moves the open work: routed teams it does not name let go.
          for (const state of teams.values())
            if (state.routed && state.stage !== 'resolved' && !event.teams.includes(state.team))
              state.released = true;
        for (const id of event.teams) {
          const state = team(id);
          state.routed = true;
          state.routedAt = event.createdAt;
          state.released = false;
          // Routed again after handing it back: the team has it once more.
          state.handedBack = null;
        }
        view.dueDate = event.dueDate;
        view.jointSession = event.jointSession;
        break;
      case 'dueDateSet':
        view.dueDate = event.dueDate;
        break;
      case 'sessionScheduled':
        view.jointSession = { date: event.date, time: event.time };
        break;
      case 'homeVisitArranged':
        team(event.team).homeVisit = true;
        view.homeVisit = event;
        break;
      case 'teamAccepted':
        advance(team(event.team), 'accepted');
        break;
      case 'teamProgress': {
        const state = team(event.team);
        advance(state, 'inProgress');
        state.lastNote = event.note;
        break;
      }
      case 'teamResolved': {
        const state = team(event.team);
        advance(state, 'resolved');
        state.result = event.result;
        state.resolvedAt = event.createdAt;
        break;
      }
      case 'teamHandedBack':
        // A resolved team has nothing to hand back; its result stands.
        if (team(event.team).stage !== 'resolved')
          team(event.team).handedBack = { reason: event.reason, at: event.createdAt };
        break;
      case 'resultReported':
        view.report = event;
        break;
      case 'closed':
        view.closed = event;
        break;
      case 'satisfaction':
        view.satisfaction = event;
        break;
      case 'reopened':
      case 'phoneShown':
      case 'note':
      case 'officeNote':
        // History only: a reopen's effect is the close it undid (never applied, above).
        break;
    }
  }

  view.teams = [...teams.values()];
  view.ticket = view.source?.ticket ?? null;
  const waiting = view.teams.filter((t) => t.stage !== 'resolved' && !t.released);
  view.status = view.closed
    ? 'closed'
    : view.report
      ? 'reported'
      : (view.solved || view.teams.length > 0) && waiting.length === 0
        ? 'resultReady'
        : waiting.length > 0
          ? 'awaitingTeams'
          : view.registration
            ? 'registered'
            : (queueMark ?? 'called');
  if (view.status === 'awaitingTeams') view.openDue = earliestDue(view, waiting);
  return view;
}

/**
 * Whether each reopen counts, decided over the whole history at once (so the answer does not
 * depend on where the reopen and its close sort): it counts when the close it names is here and
 * both were written on the same calendar day (each writer's own local day).
 */
function reopenVerdicts(
  ordered: readonly CaseEvent[],
): Map<string, { closedEventId: string; ignored: IgnoredBecause | null }> {
  const closes = new Map<string, CaseEvent>();
  for (const e of ordered) if (e.type === 'closed') closes.set(e.id, e);
  const verdicts = new Map<string, { closedEventId: string; ignored: IgnoredBecause | null }>();
  for (const e of ordered) {
    if (e.type !== 'reopened') continue;
    const close = closes.get(e.closedEventId);
    verdicts.set(e.id, {
      closedEventId: e.closedEventId,
      ignored: !close
        ? 'reopenWithoutClose'
        : dayOf(close.createdAt) !== dayOf(e.createdAt)
          ? 'reopenTooLate'
          : null,
    });
  }
  return verdicts;
}

/** Whether a close can still be undone today (the desk offers "reopen" only then). */
export function canReopen(closed: Pick<CaseEvent, 'createdAt'>, today: string): boolean {
  return dayOf(closed.createdAt) === today;
}

function earliestDue(view: CaseView, waiting: readonly TeamState[]): string | null {
  const dues: string[] = [];
  for (const t of waiting) {
    if (t.homeVisit && view.homeVisit?.team === t.team) dues.push(view.homeVisit.visitBy);
    if ((t.routed || !t.homeVisit) && view.dueDate) dues.push(view.dueDate);
  }
  return dues.length === 0 ? null : dues.reduce((a, b) => (a < b ? a : b));
}
