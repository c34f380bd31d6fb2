import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { decodeParts, encodeParts, type StatsBatch } from './batch';
import { deriveCase, type CaseView } from '../../../shared/cases/derive';
import type { CaseEvent } from '../../../shared/cases/events';
import type { Intake, KioskRecord } from '../../../shared/records/intake';
import { sumParts } from '../../../shared/stats/measures';
import { caseParts, recordParts } from '../../../shared/stats/parts';

/**
 * Counting as records arrive, in the transaction that stores them (docs/statistics.md, "How the
 * figures stay right"). An intake or a suggestion adds its parts once: it is stored once (its id)
 * and never changes. A case's parts change as events arrive, so the hub keeps what each case
 * added (`stats_case_parts`) and, whenever the case gains an event or its intake arrives, adds the
 * difference between its new parts and the stored ones. The figures therefore depend only on which
 * records are present, never on the order or the number of times they arrived.
 */

const SQL = {
  intake: `SELECT body FROM records WHERE id = ? AND kind = 'intake'`,
  storedParts: 'SELECT parts FROM stats_case_parts WHERE case_id = ?',
  saveParts: `INSERT INTO stats_case_parts (case_id, site_id, parts) VALUES (?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET site_id = excluded.site_id, parts = excluded.parts`,
  // The same text as cases.ts's: the cached statement is shared, so it is never plucked.
  events: 'SELECT body FROM case_events WHERE case_id = ?',
  casesAmong: `SELECT case_id, site_id FROM cases WHERE case_id IN (SELECT value FROM json_each(?))`,
};

/** A freshly stored intake or suggestion (case events are counted through their case). */
export function countRecord(batch: StatsBatch, siteId: string, record: KioskRecord): void {
  if (batch.enabled) batch.add(siteId, recordParts(record));
}

/** The case's intake, if the hub has it (a ticket's case id is its intake's id). */
export function caseIntake(db: Db, caseId: string): Intake | null {
  const body = statement(db, SQL.intake).pluck().get(caseId) as string | undefined;
  // Validated with the shared schema before it was stored: trusted here.
  return body === undefined ? null : (JSON.parse(body) as Intake);
}

/**
 * Bring a case's contribution up to date after it changed: `events` and `view` are its whole
 * history and derived state (refreshCase has just computed both).
 */
export function countCase(
  db: Db,
  batch: StatsBatch,
  caseId: string,
  siteId: string,
  events: readonly CaseEvent[],
  view: CaseView,
): void {
  if (!batch.enabled) return;
  const next = caseParts(events, caseIntake(db, caseId), view);
  const stored = statement(db, SQL.storedParts).pluck().get(caseId) as string | undefined;
  const delta = sumParts(next);
  if (stored !== undefined) sumParts(decodeParts(stored), -1, delta);
  if (delta.size === 0 && stored !== undefined) return;
  batch.addKeyed(siteId, delta);
  statement(db, SQL.saveParts).run(caseId, siteId, encodeParts(next));
}

/**
 * Intakes stored in this transaction whose case the hub already had (its events arrived first):
 * the intake changes the case's figures (its prompt, when its time to result starts).
 */
export function recountCasesOfIntakes(
  db: Db,
  batch: StatsBatch,
  intakeIds: readonly string[],
  skip: ReadonlySet<string>,
): void {
  if (!batch.enabled || intakeIds.length === 0) return;
  const rows = statement(db, SQL.casesAmong).all(JSON.stringify(intakeIds)) as {
    case_id: string;
    site_id: string;
  }[];
  for (const { case_id: caseId, site_id: siteId } of rows) {
    if (skip.has(caseId)) continue;
    // Validated before they were stored; deriveCase puts them in the one order.
    const rows = statement(db, SQL.events).all(caseId) as { body: string }[];
    const events = rows.map((r) => JSON.parse(r.body) as CaseEvent);
    if (events.length > 0) countCase(db, batch, caseId, siteId, events, deriveCase(events));
  }
}
