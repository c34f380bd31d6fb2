import type { Db } from '../db/open';
import { RETENTION_MONTHS } from '../../shared/records/consent-terms';
import { retentionCutoff } from '../../shared/records/retention';
import { archiveBeforePurge } from './stats/archive';

/**
 * Retention (docs/privacy.md): the consent screen promises residents their data is deleted
 * RETENTION_MONTHS after their matter ends. This is where the hub keeps that promise.
 *
 * When a matter ends, by the hub's own clock (`received_at`; a kiosk's clock may be wrong):
 * - a case (its intake shares its id) ends with its last event once it is `closed` or `noShow`;
 *   the whole case goes at once: its intake, its desk events, the teams' events, the derived rows
 *   and its entry in the site's pull feed. An open case is kept, however old: its matter has not
 *   ended; the purge counts such cases quiet for the whole period so an administrator can look.
 * - an intake that never became a case (the ticket was all), and an anonymous suggestion, end
 *   when they reach the hub.
 * Every deleted record id is tombstoned, so a kiosk that sends it again hears `gone` and drops it
 * rather than bringing it back. The monthly statistics they counted in stay as they were
 * (server/store/stats/archive.ts).
 */
export interface PurgeCounts {
  /** Ended cases deleted (or, in a dry run, that would be). */
  cases: number;
  /** Their case events, kiosks' and teams' alike. */
  caseEvents: number;
  /** Records deleted and tombstoned: the cases' intakes and desk events, lone intakes, suggestions. */
  records: number;
  /** Open cases with no event for the whole period: kept, for an administrator to look at. */
  quietOpenCases: number;
}

export const RETENTION_TOMBSTONE_REASON = `retention: ${RETENTION_MONTHS} months`;
const ENDED_STATUSES = ['closed', 'noShow'] as const;

/** A case's last activity at the hub: its latest event, or its intake if that came later. */
const LAST_ACTIVITY = `MAX(
  COALESCE((SELECT MAX(e.received_at) FROM case_events e WHERE e.case_id = c.case_id), 0),
  COALESCE((SELECT r.received_at FROM records r WHERE r.id = c.case_id), 0))`;

const ENDED = `c.status IN (${ENDED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

const SQL = {
  endedCases: `SELECT c.case_id FROM cases c WHERE ${ENDED} AND ${LAST_ACTIVITY} < ?`,
  quietOpenCases: `SELECT COUNT(*) FROM cases c WHERE NOT ${ENDED} AND ${LAST_ACTIVITY} < ?`,
  caseEventCount: `SELECT COUNT(*) FROM case_events WHERE case_id IN (SELECT value FROM json_each(?))`,
  caseRecords: `SELECT id FROM records WHERE id IN (SELECT value FROM json_each(?))
     OR id IN (SELECT event_id FROM case_events WHERE case_id IN (SELECT value FROM json_each(?)))`,
  // Not a case event, not a case's intake (a case without its `cases` row yet counts as a case).
  loneRecords: `SELECT id FROM records r WHERE r.received_at < ? AND r.kind <> 'caseEvent'
     AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.case_id = r.id)
     AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = r.id)`,
  tombstone: `INSERT INTO tombstones (id, reason, at) SELECT value, ?, ? FROM json_each(?)
     WHERE true ON CONFLICT (id) DO NOTHING`,
  deleteRecords: 'DELETE FROM records WHERE id IN (SELECT value FROM json_each(?))',
  deleteCaseEvents: 'DELETE FROM case_events WHERE case_id IN (SELECT value FROM json_each(?))',
  deleteCaseTeams: 'DELETE FROM case_teams WHERE case_id IN (SELECT value FROM json_each(?))',
  deleteCases: 'DELETE FROM cases WHERE case_id IN (SELECT value FROM json_each(?))',
  deleteCaseChanges: `DELETE FROM changes WHERE kind = 'case' AND key IN (SELECT value FROM json_each(?))`,
  // A suggestion's staff notes and its reply on the notice board go with it (issue 12).
  deleteSuggestionNotes: `DELETE FROM suggestion_notes WHERE suggestion_id IN (SELECT value FROM json_each(?))`,
  deleteReplyChanges: `DELETE FROM changes WHERE kind = 'suggestionReply' AND key IN (SELECT value FROM json_each(?))`,
};

/**
 * Delete what is past retention at `now`, in one transaction (all or nothing), and return the
 * counts; with `dryRun`, only count. Never returns or logs what the records say.
 */
export function purgeExpired(
  db: Db,
  now: number,
  { dryRun = false, months = RETENTION_MONTHS }: { dryRun?: boolean; months?: number } = {},
): PurgeCounts {
  const cutoff = retentionCutoff(now, months);
  const run = () => {
    const caseIds = db.prepare(SQL.endedCases).pluck().all(cutoff) as string[];
    const cases = JSON.stringify(caseIds);
    const recordIds = [
      ...(db.prepare(SQL.caseRecords).pluck().all(cases, cases) as string[]),
      ...(db.prepare(SQL.loneRecords).pluck().all(cutoff) as string[]),
    ];
    const counts: PurgeCounts = {
      cases: caseIds.length,
      caseEvents: db.prepare(SQL.caseEventCount).pluck().get(cases) as number,
      records: recordIds.length,
      quietOpenCases: db.prepare(SQL.quietOpenCases).pluck().get(cutoff) as number,
    };
    if (dryRun) return counts;
    const records = JSON.stringify(recordIds);
    // The monthly figures outlive the records: what these added moves to the archive first.
    archiveBeforePurge(db, cases, records);
    db.prepare(SQL.tombstone).run(RETENTION_TOMBSTONE_REASON, now, records);
    db.prepare(SQL.deleteRecords).run(records);
    db.prepare(SQL.deleteSuggestionNotes).run(records);
    db.prepare(SQL.deleteReplyChanges).run(records);
    db.prepare(SQL.deleteCaseEvents).run(cases);
    db.prepare(SQL.deleteCaseTeams).run(cases);
    db.prepare(SQL.deleteCases).run(cases);
    db.prepare(SQL.deleteCaseChanges).run(cases);
    return counts;
  };
  return dryRun ? db.transaction(run).deferred() : db.transaction(run).immediate();
}

/** The purge's result in one line of counts, for the CLI and the hub's log. */
export function describePurge(counts: PurgeCounts, dryRun: boolean): string {
  const verb = dryRun ? 'would delete' : 'deleted';
  return (
    `retention (${RETENTION_MONTHS} months): ${verb} ${counts.cases} ended case(s) with ` +
    `${counts.caseEvents} event(s), and ${counts.records} record(s) in all; ` +
    `${counts.quietOpenCases} open case(s) quiet for the whole period kept`
  );
}

/**
 * Purge now and then every `everyMs` (default daily) while the hub serves. The timer is unref'd:
 * it never keeps the process alive. A failure is logged (no personal data: only the message of a
 * database error) and retried at the next tick. Returns a stop function.
 */
export function scheduleDailyPurge(
  db: Db,
  {
    now = Date.now,
    log = (line: string) => console.info(line),
    everyMs = 24 * 3600_000,
    firstMs = 60_000,
  }: { now?: () => number; log?: (line: string) => void; everyMs?: number; firstMs?: number } = {},
): () => void {
  const tick = () => {
    try {
      log(describePurge(purgeExpired(db, now()), false));
    } catch (error) {
      log(`retention purge failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let timer: NodeJS.Timeout = setTimeout(function first() {
    tick();
    timer = setInterval(tick, everyMs);
    timer.unref();
  }, firstMs);
  timer.unref();
  return () => clearTimeout(timer);
}
