import { Dexie } from 'dexie';
import { KioskCaseEvent, type CaseEvent } from '../../shared/cases/events';
import { deriveCase, type CaseView } from '../../shared/cases/derive';
import { dayOf, type Ticket } from '../../shared/cases/fields';
import {
  caseDay,
  groupSessionAt,
  phoneLast4,
  storedLists,
  type CaseList,
} from '../../shared/cases/lists';
import { readCaseUpdate } from '../../shared/cases/case-update';
import { formatTicket, localDay } from '../../shared/records/ticket';
import type { CaseRow, RecordsDb } from './records-db';
import { classifySaveError } from './save-errors';
import { putWithOutbox, type SaveResult } from './records';

export type { CaseEventRow, CaseRow } from './records-db';

export const LIST_LIMIT = 100;
const WALK_IN_PREFIX = 'W';

/** The case tables (records schema v3). */
export function caseTables(db: RecordsDb) {
  return { caseEvents: db.caseEvents, cases: db.cases };
}

/** The stored row of a derived case (exported for the list benchmark's bulk seeding). */
export function caseRowFor(view: CaseView): CaseRow {
  const { timeline: _timeline, ...rest } = view;
  const last4 = phoneLast4(view);
  const sessionAt = groupSessionAt(view);
  return {
    caseId: view.caseId,
    status: view.status,
    lists: storedLists(view),
    day: caseDay(view),
    ...(view.openDue ? { openDue: view.openDue } : {}),
    ...(view.ticket ? { ticketNumber: view.ticket.number } : {}),
    ...(last4 ? { phoneLast4: last4 } : {}),
    ...(sessionAt ? { sessionAt } : {}),
    view: rest,
  };
}

/** Derive a case again from all its events and store the result. Call inside a transaction. */
async function refreshCase(db: RecordsDb, caseId: string): Promise<CaseView> {
  const { caseEvents, cases } = caseTables(db);
  const rows = await caseEvents.where('caseId').equals(caseId).toArray();
  const view = deriveCase(rows.map((r) => r.event));
  await cases.put(caseRowFor(view));
  return view;
}

/**
 * Record a desk event: the record, its outbox entry, the case history and the case's derived
 * state, in ONE strict-durability transaction. So an action the volunteer saw succeed is on disk
 * and queued for the hub; if anything fails nothing was written (no event the hub will never get,
 * no outbox entry without its event).
 */
export async function recordCaseEvent(
  db: RecordsDb,
  event: KioskCaseEvent,
  now: Date = new Date(),
): Promise<SaveResult<CaseView>> {
  return recordWith(db, () => Promise.resolve([event]), now);
}

/**
 * Several events of one case in one transaction, e.g. "told the resident" and "closed": either
 * both are saved and queued, or neither is.
 */
export async function recordCaseEvents(
  db: RecordsDb,
  events: readonly [KioskCaseEvent, ...KioskCaseEvent[]],
  now: Date = new Date(),
): Promise<SaveResult<CaseView>> {
  if (events.some((e) => e.caseId !== events[0].caseId)) return { ok: false, error: 'invalid' };
  return recordWith(db, () => Promise.resolve([...events]), now);
}

/**
 * Register a walk-in: the day's next desk number (W-001, W-002, ...) is taken in the same
 * transaction as the registration, so a number is never used twice or lost.
 */
export async function recordWalkIn(
  db: RecordsDb,
  build: (ticket: Ticket) => KioskCaseEvent,
  now: Date = new Date(),
): Promise<SaveResult<CaseView>> {
  return recordWith(
    db,
    async () => {
      const day = localDay(now);
      const key = `walkIn:${day}`;
      const next = ((await db.counters.get(key))?.value ?? 0) + 1;
      await db.counters.put({ key, value: next });
      return [build({ number: formatTicket(next, WALK_IN_PREFIX), day })];
    },
    now,
  );
}

async function recordWith(
  db: RecordsDb,
  make: () => Promise<KioskCaseEvent[]>,
  now: Date,
): Promise<SaveResult<CaseView>> {
  const { caseEvents, cases } = caseTables(db);
  try {
    const view = await db.transaction(
      'rw',
      [db.records, db.outbox, db.counters, caseEvents, cases],
      async () => {
        const events = (await make()).map((e) => KioskCaseEvent.parse(e));
        for (const event of events) {
          await putWithOutbox(db, event, dayOf(event.createdAt), now);
          await caseEvents.add({ id: event.id, caseId: event.caseId, event, origin: 'kiosk' });
        }
        const first = events[0];
        if (!first) throw new RangeError('nothing to record');
        return refreshCase(db, first.caseId);
      },
    );
    return { ok: true, value: view };
  } catch (error) {
    return { ok: false, error: classifySaveError(error) };
  }
}

/**
 * Fold in events that came from the hub (teams' updates, other desks' events). Adding an event
 * twice changes nothing: events are immutable and keyed by id. Returns the cases that changed.
 */
export async function applyCaseEvents(
  db: RecordsDb,
  events: readonly CaseEvent[],
): Promise<string[]> {
  const { caseEvents, cases } = caseTables(db);
  return db.transaction('rw', [caseEvents, cases], () => foldCaseEvents(db, events));
}

/** applyCaseEvents' work, for a caller that holds a rw transaction over caseEvents + cases. */
export async function foldCaseEvents(
  db: RecordsDb,
  events: readonly CaseEvent[],
): Promise<string[]> {
  const { caseEvents } = caseTables(db);
  const known = await caseEvents.bulkGet(events.map((e) => e.id));
  const fresh = events.filter((_event, i) => known[i] === undefined);
  const unique = [...new Map(fresh.map((e) => [e.id, e])).values()];
  await caseEvents.bulkAdd(
    unique.map((event) => ({
      id: event.id,
      caseId: event.caseId,
      event,
      origin: 'hub' as const,
    })),
  );
  const changed = [...new Set(unique.map((e) => e.caseId))];
  for (const caseId of changed) await refreshCase(db, caseId);
  return changed;
}

/** A `case` change body from a pull (shared/cases/case-update.ts); unreadable bodies are skipped. */
export async function applyCaseUpdate(db: RecordsDb, body: unknown): Promise<string[]> {
  const read = readCaseUpdate(body);
  return read ? applyCaseEvents(db, read.events) : [];
}

// ---- Queries (the desk's screens read only these) ----

/** The whole case with its timeline, derived from its events; undefined if unknown. */
export async function caseById(db: RecordsDb, caseId: string): Promise<CaseView | undefined> {
  const rows = await caseTables(db).caseEvents.where('caseId').equals(caseId).toArray();
  return rows.length === 0 ? undefined : deriveCase(rows.map((r) => r.event));
}

/** Cases of a day (the queue reads this beside the day's intakes). */
export async function casesOfDay(db: RecordsDb, day: string): Promise<CaseRow[]> {
  return caseTables(db).cases.where('day').equals(day).toArray();
}

export interface ListPage {
  cases: CaseRow[];
  /** How many are on the list in all (the page shows at most LIST_LIMIT). */
  total: number;
}

/**
 * A tracking list, oldest case first (case ids are UUID v7: creation order), or by due date for
 * "overdue". Each reads one index range, never the whole history.
 */
export async function casesInList(
  db: RecordsDb,
  list: CaseList,
  today: string,
  limit = LIST_LIMIT,
): Promise<ListPage> {
  const { cases } = caseTables(db);
  const range =
    list === 'overdue' ? cases.where('openDue').below(today) : cases.where('lists').equals(list);
  const [page, total] = await Promise.all([range.clone().limit(limit).toArray(), range.count()]);
  return { cases: page, total };
}

/** How many cases each list holds (counted on the indexes, nothing read). */
export async function listTotals(db: RecordsDb, today: string): Promise<Record<CaseList, number>> {
  const { cases } = caseTables(db);
  const [awaitingTeams, overdue, resultReady, reported, homeVisits] = await Promise.all([
    cases.where('lists').equals('awaitingTeams').count(),
    cases.where('openDue').below(today).count(),
    cases.where('lists').equals('resultReady').count(),
    cases.where('lists').equals('reported').count(),
    cases.where('lists').equals('homeVisits').count(),
  ]);
  return { awaitingTeams, overdue, resultReady, reported, homeVisits };
}

export interface CaseSearch {
  ticket?: string;
  day?: string;
  phoneLast4?: string;
}

/** Search by ticket, day or last four phone digits (any together); newest day first. */
export async function searchCases(
  db: RecordsDb,
  query: CaseSearch,
  limit = LIST_LIMIT,
): Promise<CaseRow[]> {
  const { cases } = caseTables(db);
  const ticket = query.ticket?.trim().toUpperCase();
  const matches = (r: CaseRow) =>
    (!ticket || r.ticketNumber === ticket) &&
    (!query.day || r.day === query.day) &&
    (!query.phoneLast4 || r.phoneLast4 === query.phoneLast4);
  // A ticket number comes back every day: its index is (number, day), read newest day first and
  // only as far as the page needs.
  if (ticket && !query.phoneLast4) {
    const range = query.day
      ? cases.where('[ticketNumber+day]').equals([ticket, query.day])
      : cases.where('[ticketNumber+day]').between([ticket, Dexie.minKey], [ticket, Dexie.maxKey]);
    return range.reverse().filter(matches).limit(limit).toArray();
  }
  const start = query.phoneLast4
    ? cases.where('phoneLast4').equals(query.phoneLast4)
    : query.day
      ? cases.where('day').equals(query.day)
      : null;
  if (!start) return [];
  const rows = await start.filter(matches).toArray();
  return rows
    .sort((a, b) => (a.day === b.day ? (a.caseId < b.caseId ? 1 : -1) : a.day < b.day ? 1 : -1))
    .slice(0, limit);
}

export interface GroupSessionPage {
  /** Sessions from the start of today on, in time order (today's past hours included). */
  upcoming: CaseRow[];
  /** Sessions of earlier days whose case is still not closed, in time order. */
  earlier: CaseRow[];
  /** How many there are in all (each part shows at most `limit`). */
  totalUpcoming: number;
  totalEarlier: number;
}

/**
 * The group sessions of joint consultations (联合咨询安排). Reads the `sessionAt` index, which
 * holds only cases not yet closed, from today's first minute on and before it: two index ranges,
 * never the year's cases.
 */
export async function groupSessions(
  db: RecordsDb,
  today: string,
  limit = LIST_LIMIT,
): Promise<GroupSessionPage> {
  const { cases } = caseTables(db);
  // `YYYY-MM-DD` sorts before `YYYY-MM-DDTHH:MM`: today's sessions with or without a time are on.
  const startOfToday = today;
  const upcoming = cases.where('sessionAt').aboveOrEqual(startOfToday);
  const earlier = cases.where('sessionAt').below(startOfToday);
  const [upcomingRows, totalUpcoming, earlierRows, totalEarlier] = await Promise.all([
    upcoming.clone().limit(limit).toArray(),
    upcoming.count(),
    earlier.clone().limit(limit).toArray(),
    earlier.count(),
  ]);
  return { upcoming: upcomingRows, earlier: earlierRows, totalUpcoming, totalEarlier };
}

/** How many group sessions the list holds (counted on the index). */
export async function groupSessionCount(db: RecordsDb): Promise<number> {
  return caseTables(db).cases.where('sessionAt').aboveOrEqual('').count();
}
