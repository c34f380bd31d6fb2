import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { appendChange } from './changes';
import { StatsBatch } from './stats/batch';
import { countCase } from './stats/count';
import { CASE_UPDATE_EVENTS_MAX } from '../../shared/cases/case-update';
import { deriveCase, orderEvents, type CaseView } from '../../shared/cases/derive';
import type { CaseEvent, Urgency } from '../../shared/cases/events';
import { groupSessionAt } from '../../shared/cases/lists';
import { triageFacts } from '../../shared/cases/triage';
import { dayOf } from '../../shared/cases/fields';

/** Urgent first: the console's lists sort on this rank. */
const URGENCY_RANK: Record<Urgency, number> = { urgent: 0, soon: 1, normal: 2 };

/**
 * The hub's index of cases (docs/sync-protocol.md, "Cases at the hub"). Events are append-only
 * and keyed by their id; everything else (`cases`, `case_teams`, the `case` change in the site's
 * pull feed) is derived from them with the shared `deriveCase`, so two devices' and a team's
 * events for one case never overwrite each other: each is one more row, and the status is the
 * rule's answer over all of them.
 */

export interface CaseEventOrigin {
  siteId: string;
  /** The kiosk that pushed it; null when the hub wrote it (a team, an admin command). */
  pushedBy: string | null;
  /** The team credential that wrote it; null for kiosks and admin commands. */
  teamId: string | null;
}

const SQL = {
  siteOf: 'SELECT site_id FROM cases WHERE case_id = ?',
  eventOrigin: 'SELECT pushed_by FROM case_events WHERE event_id = ?',
  insert: `INSERT INTO case_events (event_id, case_id, site_id, device_id, pushed_by, team_id, type, at, body, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING`,
  events: 'SELECT body FROM case_events WHERE case_id = ?',
  upsertCase: `INSERT INTO cases (case_id, site_id, status, due_date, open_due, opened_at, updated_at, event_count, hub_updated_at,
       urgency_rank, category, ticket, session_at, triage_waiting_day, triage_handed_back, triage_session)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET status = excluded.status, due_date = excluded.due_date,
       open_due = excluded.open_due, opened_at = excluded.opened_at, updated_at = excluded.updated_at,
       event_count = excluded.event_count, hub_updated_at = excluded.hub_updated_at,
       urgency_rank = excluded.urgency_rank, category = excluded.category, ticket = excluded.ticket,
       session_at = excluded.session_at, triage_waiting_day = excluded.triage_waiting_day,
       triage_handed_back = excluded.triage_handed_back, triage_session = excluded.triage_session`,
  clearTeams: 'DELETE FROM case_teams WHERE case_id = ?',
  // Each team's row carries its case's sort keys (migration case-teams-sort-keys).
  addTeam: `INSERT INTO case_teams (case_id, team, stage, handed_back, site_id, closed, open_due,
       urgency_rank, opened_at, session_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
};

/** The site a case belongs to (the site of the kiosk that sent its first event), or null. */
export function caseSiteOf(db: Db, caseId: string): string | null {
  const row = statement(db, SQL.siteOf).get(caseId) as { site_id: string } | undefined;
  return row?.site_id ?? null;
}

/** Whether an event id is already known, and if so whether a kiosk pushed it (or the hub wrote it). */
export function caseEventOrigin(db: Db, eventId: string): 'kiosk' | 'hub' | null {
  const row = statement(db, SQL.eventOrigin).get(eventId) as
    { pushed_by: string | null } | undefined;
  if (!row) return null;
  return row.pushed_by === null ? 'hub' : 'kiosk';
}

/** Add one event to the index; false if its id was already there (a re-send: stored once). */
export function insertCaseEvent(
  db: Db,
  event: CaseEvent,
  origin: CaseEventOrigin,
  body: string,
  now: number,
): boolean {
  return (
    statement(db, SQL.insert).run(
      event.id,
      event.caseId,
      origin.siteId,
      event.deviceId,
      origin.pushedBy,
      origin.teamId,
      event.type,
      event.createdAt,
      body,
      now,
    ).changes === 1
  );
}

/** Every event of a case in the one order (`orderEvents`), each id once. */
export function caseEvents(db: Db, caseId: string): CaseEvent[] {
  const rows = statement(db, SQL.events).all(caseId) as { body: string }[];
  // Validated with the shared schemas before they were stored: trusted here.
  return orderEvents(rows.map((r) => JSON.parse(r.body) as CaseEvent));
}

/** The case derived from its events, or null if the hub has none. */
export function findCase(db: Db, caseId: string): CaseView | null {
  const events = caseEvents(db, caseId);
  return events.length === 0 ? null : deriveCase(events);
}

/**
 * Re-derive a case after it gained events and publish it to its site: rewrite its `cases` row and
 * its teams, and put a `case` change (shared/cases/case-update.ts: caseId, status and the whole
 * history) into the site's pull feed, replacing the case's previous change. Must run inside the
 * transaction that stored the events, so a kiosk never pulls a case the hub has not committed, and
 * the hub never commits an event without publishing it. The case's monthly figures move in the
 * same transaction too: into `stats` when the caller writes several cases at once (a push), or
 * written here.
 */
export function refreshCase(
  db: Db,
  caseId: string,
  siteId: string,
  now: number,
  stats?: StatsBatch,
): CaseView {
  if (!db.inTransaction) throw new Error('refreshCase must run inside a transaction');
  const events = caseEvents(db, caseId);
  const view = deriveCase(events);
  const batch = stats ?? new StatsBatch(db);
  countCase(db, batch, caseId, siteId, events, view);
  if (!stats) batch.flush();
  // What the console's lists sort and filter on (migration console-case-index).
  const urgencyRank = view.registration ? URGENCY_RANK[view.registration.urgency] : null;
  const sessionAt = groupSessionAt(view);
  // The middle office's queue (migration triage-queue).
  const triage = triageFacts(view);
  statement(db, SQL.upsertCase).run(
    caseId,
    siteId,
    view.status,
    view.dueDate,
    view.openDue,
    view.openedAt,
    view.updatedAt,
    events.length,
    now,
    urgencyRank,
    view.registration?.category ?? null,
    view.ticket ? `${view.ticket.number} ${view.ticket.day}` : null,
    sessionAt,
    triage.waitingSince === null ? null : dayOf(triage.waitingSince),
    triage.handedBack ? 1 : 0,
    triage.sessionMissing ? 1 : 0,
  );
  statement(db, SQL.clearTeams).run(caseId);
  const addTeam = statement(db, SQL.addTeam);
  for (const team of view.teams) {
    // A team the middle office released from the case no longer has it (nor its contact).
    if ((team.routed || team.homeVisit) && !team.released)
      addTeam.run(
        caseId,
        team.team,
        team.stage,
        team.handedBack ? 1 : 0,
        siteId,
        view.status === 'closed' ? 1 : 0,
        view.openDue,
        urgencyRank,
        view.openedAt,
        sessionAt,
      );
  }
  appendChange(
    db,
    {
      siteId,
      kind: 'case',
      key: caseId,
      // A case past the limit sends its latest events (no case has come near it; see the docs).
      body: { caseId, status: view.status, events: events.slice(-CASE_UPDATE_EVENTS_MAX) },
    },
    now,
  );
  return view;
}

/**
 * Derive the cases whose events are indexed but which have no `cases` row: events stored by a hub
 * before cases existed (migration 2 copies them from `records`). Idempotent; cheap when none.
 */
export function deriveMissingCases(db: Db, now: number): number {
  return db
    .transaction(() => {
      const missing = db
        .prepare(
          `SELECT case_id, MIN(site_id) AS site_id FROM case_events
           WHERE case_id NOT IN (SELECT case_id FROM cases) GROUP BY case_id`,
        )
        .all() as { case_id: string; site_id: string }[];
      for (const row of missing) refreshCase(db, row.case_id, row.site_id, now);
      return missing.length;
    })
    .immediate();
}
