import { openRecordsDb, type RecordsDb, type StoredRecord } from '../../renderer/db/records-db';
import {
  caseById,
  caseRowFor,
  casesInList,
  groupSessions,
  listTotals,
  searchCases,
  type CaseEventRow,
  type CaseRow,
} from '../../renderer/db/cases';
import { queueOfDay } from '../../renderer/features/desk/queue';
import { deriveCase } from '../../shared/cases/derive';
import type { CaseEvent } from '../../shared/cases/events';
import { caseWriter, registeredBody, seededRandom } from '../../shared/cases/fixtures';
import { CORE_SERVICE_IDS } from '../../shared/catalogue/ids';
import { uuidv7 } from '../../shared/ids';
import type { Intake } from '../../shared/records/intake';
import { formatTicket, localDay, localIso } from '../../shared/records/ticket';
import { intakeDraft } from '../../tests/fixtures/intake-draft';

/**
 * Browser entry of the desk list bench (bundled by Vite into a page the bench serves): it seeds a
 * year of front-desk cases through the raw IndexedDB connection, then times the app's own queries
 * (renderer/db/cases.ts, the queue) the way the desk screens call them.
 */

const MS_PER_DAY = 86_400_000;
const SEED_BATCH = 1_000;

const dbs = new Map<string, RecordsDb>();

async function open(name: string): Promise<void> {
  const db = openRecordsDb(name);
  await db.open();
  dbs.set(name, db);
}

function dbNamed(name: string): RecordsDb {
  const db = dbs.get(name);
  if (!db) throw new Error(`database ${name} is not open`);
  return db;
}

/**
 * One case of a kiosk ticket, `age` days old: the older it is, the likelier it has run its course.
 * Mix: 65% solved on the spot, 28% routed (a third of them joint, with a group session), 7% home
 * visits; cases from the last fortnight are still open in every state, a few older ones are
 * overdue (and their sessions, long past, still on the group-session list).
 */
function makeCase(random: () => number, at: number, nth: number, age: number) {
  const day = localDay(new Date(at));
  const ticket = { number: formatTicket(nth), day };
  const intake: Intake = {
    ...intakeDraft({
      contact: {
        surname: '王',
        salutation: 'ms',
        phone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        homeVisit: null,
        focusGroups: [],
      },
    }),
    id: uuidv7(at, (b) => b.forEach((_, i) => (b[i] = Math.floor(random() * 256)))),
    kind: 'intake',
    ticket,
    createdAt: localIso(new Date(at)),
  };
  const w = caseWriter(intake.id, { random });
  const minute = (m: number) => at + m * 60_000;
  const events: CaseEvent[] = [w.desk('called', minute(5), { ticket })];
  const phone = intake.contact?.phone ?? null;
  events.push(
    w.desk('registered', minute(8), {
      ...registeredBody(intake.id, {
        source: { from: 'kiosk', intakeId: intake.id, ticket },
        category: CORE_SERVICE_IDS[nth % CORE_SERVICE_IDS.length] ?? 'lawyer',
      }),
      resident: { surname: '王', salutation: 'ms', phone },
    }),
  );
  const settled = age > 14 || (age > 4 && random() < 0.5);
  const kind = random();
  const dueIn = (days: number) => localDay(new Date(at + days * MS_PER_DAY));
  const teams =
    kind < 0.65
      ? []
      : kind < 0.93
        ? CORE_SERVICE_IDS.slice(0, random() < 0.33 ? 2 : 1)
        : [CORE_SERVICE_IDS[3]];
  if (kind < 0.65) {
    events.push(w.desk('solvedOnSpot', minute(20), { advice: '当场解答', services: ['lawyer'] }));
  } else if (kind < 0.93) {
    // A joint consultation (two teams) meets as a group session three days on.
    const jointSession = teams.length >= 2 ? { date: dueIn(3), time: '14:30' } : null;
    events.push(w.desk('routed', minute(20), { teams, dueDate: dueIn(7), jointSession }));
  } else {
    events.push(
      w.desk('homeVisitArranged', minute(20), {
        team: 'legalAid',
        reason: 'elderly',
        visitBy: dueIn(5),
      }),
    );
  }
  // A few old cases never got their team's answer: they are the overdue ones.
  const stuck = teams.length > 0 && (!settled || random() < 0.01);
  if (!stuck) {
    for (const team of teams) {
      events.push(w.team('teamAccepted', team, minute(60 * 24), {}));
      events.push(w.team('teamResolved', team, minute(60 * 24 * 3), { result: '已办结' }));
    }
    if (settled) {
      const report = w.desk('resultReported', minute(60 * 24 * 4), {
        how: 'phone',
        reportedAt: localIso(new Date(minute(60 * 24 * 4))),
        note: null,
      });
      events.push(
        report,
        w.desk('closed', minute(60 * 24 * 4 + 1), { reportedEventId: report.id }),
      );
      if (random() < 0.5)
        events.push(w.desk('satisfaction', minute(60 * 24 * 4 + 2), { score: 5, tags: [] }));
    }
  }
  return { intake, events };
}

/**
 * `count` cases over the days up to today (`perDay` a day, the newest day being today), each
 * with its intake and all its events, written in bulk (relaxed durability: only the timed reads
 * matter). Intakes and kiosk events go into `records` like the app writes them; the outbox stays
 * empty, as after a sync.
 */
async function seed(name: string, count: number, perDay: number): Promise<number> {
  const idb = dbNamed(name).backendDB();
  const random = seededRandom(count);
  const days = Math.ceil(count / perDay);
  const firstDay = new Date(new Date().setHours(9, 0, 0, 0) - (days - 1) * MS_PER_DAY);
  let events = 0;
  for (let from = 0; from < count; from += SEED_BATCH) {
    const tx = idb.transaction(['records', 'caseEvents', 'cases'], 'readwrite', {
      durability: 'relaxed',
    });
    const records = tx.objectStore('records');
    const caseEvents = tx.objectStore('caseEvents');
    const cases = tx.objectStore('cases');
    for (let i = from; i < Math.min(count, from + SEED_BATCH); i++) {
      const dayIndex = Math.floor(i / perDay);
      const nth = (i % perDay) + 1;
      const at = firstDay.getTime() + dayIndex * MS_PER_DAY + nth * 2 * 60_000;
      const { intake, events: history } = makeCase(random, at, nth, days - 1 - dayIndex);
      const intakeRow: StoredRecord = {
        id: intake.id,
        kind: 'intake',
        day: intake.ticket.day,
        createdAt: intake.createdAt,
        record: intake,
      };
      records.add(intakeRow);
      for (const event of history) {
        if (event.actor.kind === 'volunteer') {
          const row: StoredRecord = {
            id: event.id,
            kind: 'caseEvent',
            day: event.createdAt.slice(0, 10),
            createdAt: event.createdAt,
            record: event as StoredRecord['record'],
          };
          records.add(row);
        }
        const eventRow: CaseEventRow = {
          id: event.id,
          caseId: event.caseId,
          event,
          origin: event.actor.kind === 'team' ? 'hub' : 'kiosk',
        };
        caseEvents.add(eventRow);
      }
      cases.put(caseRowFor(deriveCase(history)));
      events += history.length;
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('seed transaction aborted'));
    });
  }
  return events;
}

export const QUERY_NAMES = [
  'queue of today',
  'list: awaiting teams',
  'list: overdue',
  'list: result to tell',
  'list: home visits',
  'list: group sessions',
  'list counts (4 lists)',
  'search: ticket number',
  'search: day',
  'search: last 4 phone digits',
  'open one case (derive timeline)',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** What the queries look for, picked from the stored data so every search finds something. */
async function probes(db: RecordsDb, today: string) {
  // The oldest case has its whole history (about seven events); the newest, its ticket and phone.
  const cases = db.table<CaseRow, string>('cases');
  const oldest = await cases.orderBy('caseId').first();
  const some = await cases.orderBy('caseId').last();
  return {
    caseId: oldest?.caseId ?? '',
    last4: some?.phoneLast4 ?? '0000',
    ticket: some?.ticketNumber ?? 'A-042',
    day: today,
  };
}

async function runQuery(db: RecordsDb, query: QueryName, p: Awaited<ReturnType<typeof probes>>) {
  const today = p.day;
  switch (query) {
    case 'queue of today':
      return (await queueOfDay(db, today)).length;
    case 'list: awaiting teams':
      return (await casesInList(db, 'awaitingTeams', today)).total;
    case 'list: overdue':
      return (await casesInList(db, 'overdue', today)).total;
    case 'list: result to tell':
      return (await casesInList(db, 'resultReady', today)).total;
    case 'list: home visits':
      return (await casesInList(db, 'homeVisits', today)).total;
    case 'list: group sessions': {
      const page = await groupSessions(db, today);
      return page.totalUpcoming + page.totalEarlier;
    }
    case 'list counts (4 lists)':
      return Object.values(await listTotals(db, today)).reduce((a, b) => a + b, 0);
    case 'search: ticket number':
      return (await searchCases(db, { ticket: p.ticket })).length;
    case 'search: day':
      return (await searchCases(db, { day: today })).length;
    case 'search: last 4 phone digits':
      return (await searchCases(db, { phoneLast4: p.last4 })).length;
    case 'open one case (derive timeline)':
      return (await caseById(db, p.caseId))?.timeline.length ?? 0;
  }
}

/**
 * `warmUp` then `rounds` of every query on each database, alternating databases, so whatever the
 * machine does at a moment falls on both alike. Returns the timed samples and how many rows each
 * query found (from the last round).
 */
async function timeQueries(
  names: readonly string[],
  warmUp: number,
  rounds: number,
): Promise<{
  samples: Record<string, Record<string, number[]>>;
  found: Record<string, Record<string, number>>;
}> {
  const today = localDay(new Date());
  const p = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await probes(dbNamed(n), today)] as const)),
  );
  const samples: Record<string, Record<string, number[]>> = {};
  const found: Record<string, Record<string, number>> = {};
  for (const n of names) {
    samples[n] = Object.fromEntries(QUERY_NAMES.map((q) => [q, [] as number[]]));
    found[n] = {};
  }
  for (let i = 0; i < warmUp + rounds; i++) {
    for (const query of QUERY_NAMES) {
      for (const n of names) {
        const start = performance.now();
        const rows = await runQuery(dbNamed(n), query, p[n]!);
        const took = performance.now() - start;
        if (i >= warmUp) samples[n]![query]!.push(took);
        found[n]![query] = rows;
      }
    }
  }
  return { samples, found };
}

async function counts(name: string): Promise<{ cases: number; events: number; records: number }> {
  const db = dbNamed(name);
  return {
    cases: await db.table('cases').count(),
    events: await db.table('caseEvents').count(),
    records: await db.records.count(),
  };
}

export interface DeskListsBenchApi {
  open: typeof open;
  seed: typeof seed;
  counts: typeof counts;
  timeQueries: typeof timeQueries;
}

const api: DeskListsBenchApi = { open, seed, counts, timeQueries };
Object.assign(window, { deskListsBench: api });
