import { z } from 'zod';
import type { Db } from '../db/open';
import { HubError } from '../hub-error';
import { describeIssues } from './records';
import { caseEvents, caseSiteOf, findCase, insertCaseEvent, refreshCase } from './cases';
import { TeamRefusal } from './team-refusal';
import type { ServiceId } from '../../shared/catalogue/ids';
import { deriveCase, type CaseView, type TeamStage } from '../../shared/cases/derive';
import { TeamCaseEvent, type CaseEvent } from '../../shared/cases/events';
import { EventTime, HUB_DEVICE, RecordId } from '../../shared/cases/fields';

/**
 * What a linkage team sees and does at the hub (后台: 联动解决、信息反馈). A team acts for one
 * service; it sees the cases routed to that service at any site and adds its updates as
 * `TeamCaseEvent`s, which join the case's history and go to the case's site in the pull feed.
 */

/** A team's update as it arrives over the API: the hub adds the envelope (case, team, device). */
export const TeamEventRequest = z.strictObject({
  /** UUID v7 made by the caller: sending the same update again stores it once. */
  id: RecordId,
  type: z.enum(['teamAccepted', 'teamProgress', 'teamResolved']),
  note: z.string().optional(),
  result: z.string().optional(),
  /** When the team did it (its own clock), ISO-8601 with offset. */
  at: EventTime,
});
export type TeamEventRequest = z.infer<typeof TeamEventRequest>;

export const TEAM_CASE_FILTERS = ['open', 'resolved', 'all'] as const;
export const TeamCasesQuery = z.strictObject({
  status: z.enum(TEAM_CASE_FILTERS).default('open'),
});
export type TeamCaseFilter = (typeof TEAM_CASE_FILTERS)[number];

/** A team may date an update this far ahead of the hub's clock (clocks drift), no further. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Who writes a team event: a team credential, or an admin command acting for a service. */
export interface TeamActor {
  service: ServiceId;
  /** The credential's id; null for an admin command. */
  teamId: string | null;
}

/**
 * One case as a team sees it: what it needs to act (the matter, category, urgency, due date, and
 * the resident's minimal contact, present only if the resident consented) and its own stage. Only
 * teams the case was routed to (or asked to visit) ever get one (`listTeamCases`, `teamCase`).
 * `homeVisitAsked` is the flag any of them sees (the resident asked for a home visit, and why);
 * the arranged visit itself, with its time and address, goes to the visiting team only.
 */
export interface TeamCaseSummary {
  caseId: string;
  siteId: string;
  status: CaseView['status'];
  stage: TeamStage;
  dueDate: string | null;
  openDue: string | null;
  ticket: CaseView['ticket'];
  category: ServiceId | null;
  urgency: string | null;
  matter: string | null;
  focusGroups: string[];
  resident: { surname: string | null; salutation: 'mr' | 'ms' | null; phone: string | null } | null;
  homeVisitAsked: string | null;
  homeVisit: {
    reason: string;
    visitBy: string;
    time: string | null;
    address: string | null;
  } | null;
  jointSession: CaseView['jointSession'];
  otherTeams: { team: ServiceId; stage: TeamStage }[];
  result: string | null;
  lastNote: string | null;
  openedAt: string;
  updatedAt: string;
}

export function teamCaseSummary(view: CaseView, siteId: string, service: ServiceId) {
  const mine = view.teams.find((t) => t.team === service);
  const reg = view.registration;
  const visit = view.homeVisit?.team === service ? view.homeVisit : null;
  const summary: TeamCaseSummary = {
    caseId: view.caseId,
    siteId,
    status: view.status,
    stage: mine?.stage ?? 'routed',
    dueDate: view.dueDate,
    openDue: view.openDue,
    ticket: view.ticket,
    category: reg?.category ?? null,
    urgency: reg?.urgency ?? null,
    matter: reg?.matter ?? null,
    focusGroups: reg?.focusGroups ?? [],
    resident: reg?.resident ?? null,
    homeVisitAsked: view.homeVisit?.reason ?? reg?.homeVisit?.reason ?? null,
    homeVisit: visit
      ? {
          reason: visit.reason,
          visitBy: visit.visitBy,
          time: visit.time ?? null,
          address: visit.address ?? null,
        }
      : null,
    jointSession: view.jointSession,
    otherTeams: view.teams
      .filter((t) => t.team !== service && (t.routed || t.homeVisit))
      .map((t) => ({ team: t.team, stage: t.stage })),
    result: mine?.result ?? null,
    lastNote: mine?.lastNote ?? null,
    openedAt: view.openedAt,
    updatedAt: view.updatedAt,
  };
  return summary;
}

/**
 * The cases routed to a service at any site. `open`: the team's part is not resolved and the
 * case is not closed; `resolved`: the team resolved it; `all`: both. Earliest due first.
 */
export function listTeamCases(
  db: Db,
  service: ServiceId,
  filter: TeamCaseFilter,
): TeamCaseSummary[] {
  const rows = db
    .prepare(
      `SELECT c.case_id, c.site_id FROM case_teams t JOIN cases c ON c.case_id = t.case_id
       WHERE t.team = ?
         AND (? = 'all'
              OR (? = 'open' AND t.stage <> 'resolved' AND c.status <> 'closed')
              OR (? = 'resolved' AND t.stage = 'resolved'))
       ORDER BY c.open_due IS NULL, c.open_due, c.opened_at, c.case_id`,
    )
    .all(service, filter, filter, filter) as { case_id: string; site_id: string }[];
  return rows.map((r) =>
    teamCaseSummary(deriveCase(caseEvents(db, r.case_id)), r.site_id, service),
  );
}

/** One case routed to the service, with its history; refused if unknown or not routed to it. */
export function teamCase(
  db: Db,
  service: ServiceId,
  caseId: string,
): { summary: TeamCaseSummary; events: CaseEvent[] } {
  const { view, siteId } = routedCase(db, service, caseId);
  return {
    summary: teamCaseSummary(view, siteId, service),
    events: caseEvents(db, caseId).map((e) => forTeam(e, service)),
  };
}

/** A visit's address is for the visiting team only: other teams get the event without it. */
function forTeam(event: CaseEvent, service: ServiceId): CaseEvent {
  if (event.type !== 'homeVisitArranged' || event.team === service || !event.address) return event;
  return { ...event, address: null };
}

function routedCase(db: Db, service: ServiceId, caseId: string) {
  const siteId = caseSiteOf(db, caseId);
  const view = siteId === null ? null : findCase(db, caseId);
  if (siteId === null || view === null)
    throw new TeamRefusal('case_not_found', 'no case with this id at the hub');
  const mine = view.teams.find((t) => t.team === service && (t.routed || t.homeVisit));
  if (!mine) throw new TeamRefusal('case_not_routed', 'this case is not routed to your service');
  return { siteId, view, stage: mine.stage };
}

export interface TeamEventOutcome {
  status: 'stored' | 'duplicate';
  event: CaseEvent;
  case: TeamCaseSummary;
}

/**
 * Add a team's update to a case, exactly once: in one transaction the event is stored (its id is
 * unique), the case re-derived and the `case` change published to the case's site. Sending the
 * same update again answers `duplicate` and changes nothing. Refused with a fixed code when the
 * input is bad, the case unknown, not routed to the team, or already resolved by it.
 */
export function recordTeamEvent(
  db: Db,
  actor: TeamActor,
  caseId: string,
  input: TeamEventRequest,
  now: number,
): TeamEventOutcome {
  const event = buildTeamEvent(actor.service, caseId, input, now);
  const body = JSON.stringify(event);
  return db
    .transaction((): TeamEventOutcome => {
      const known = db
        .prepare('SELECT body, site_id FROM case_events WHERE event_id = ?')
        .get(event.id) as { body: string; site_id: string } | undefined;
      if (known) {
        // The same update sent again (a lost answer, a retry): stored once, answered the same way.
        if (known.body !== body)
          throw new TeamRefusal(
            'event_id_reused',
            'this event id was already used for another event',
          );
        const view = findCase(db, caseId);
        if (!view) throw new Error('an indexed event without its case');
        return {
          status: 'duplicate',
          event,
          case: teamCaseSummary(view, known.site_id, actor.service),
        };
      }
      const { siteId, stage } = routedCase(db, actor.service, caseId);
      if (stage === 'resolved')
        throw new TeamRefusal('case_resolved_already', 'your service already resolved this case');
      insertCaseEvent(db, event, { siteId, pushedBy: null, teamId: actor.teamId }, body, now);
      const view = refreshCase(db, caseId, siteId, now);
      return { status: 'stored', event, case: teamCaseSummary(view, siteId, actor.service) };
    })
    .immediate();
}

/** The full `TeamCaseEvent`, checked with the shared schema; bad input is `bad_request`. */
function buildTeamEvent(
  service: ServiceId,
  caseId: string,
  input: TeamEventRequest,
  now: number,
): CaseEvent {
  if (Date.parse(input.at) > now + FUTURE_TOLERANCE_MS)
    throw new HubError('bad_request', 'at: more than 10 minutes ahead of the hub clock');
  const parsed = TeamCaseEvent.safeParse({
    id: input.id,
    kind: 'caseEvent',
    caseId,
    createdAt: input.at,
    deviceId: HUB_DEVICE,
    actor: { kind: 'team', id: service },
    type: input.type,
    team: service,
    ...(input.note === undefined ? {} : { note: input.note }),
    ...(input.result === undefined ? {} : { result: input.result }),
  });
  if (!parsed.success) throw new HubError('bad_request', describeIssues(parsed.error, 'event'));
  return parsed.data;
}
