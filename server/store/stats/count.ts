import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { decodeCounts, encodeCounts, type StatsBatch } from './batch';
import { deriveCase, type CaseView } from '../../../shared/cases/derive';
import type { CaseEvent } from '../../../shared/cases/events';
import type { KioskRecord } from '../../../shared/records/intake';
import { sumParts } from '../../../shared/stats/measures';
import { caseParts, recordParts, type IntakeFacts } from '../../../shared/stats/parts';

/**
 * Counting as records arrive, in the transaction that stores them (docs/statistics.md, "How the
 * figures stay right"). An intake or a suggestion adds its parts once: it is stored once (its id)
 * and never changes. A case's parts change as events arrive, so the hub keeps what each case
 * added (`stats_case_parts`) and, whenever the case gains an event or its intake arrives, adds the
 * difference between its new parts and the stored ones. The figures therefore depend only on which
 * records are present, never on the order or the number of times they arrived.
 */

const SQL = {
  // The two fields of an intake a case's figures read, without parsing the whole record.
  intake: `SELECT json_extract(body, '$.prompt') AS prompt, kiosk_created_at AS createdAt
     FROM records WHERE id = ? AND kind = 'intake'`,
  stored: `SELECT parts, intake_prompt AS prompt, intake_at AS createdAt
     FROM stats_case_parts WHERE case_id = ?`,
  save: `INSERT INTO stats_case_parts (case_id, site_id, parts, intake_prompt, intake_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (case_id) DO UPDATE SET site_id = excluded.site_id, parts = excluded.parts,
       intake_prompt = excluded.intake_prompt, intake_at = excluded.intake_at`,
  // The same text as cases.ts's: the cached statement is shared, so it is never plucked.
  events: 'SELECT body FROM case_events WHERE case_id = ?',
  casesAmong: `SELECT case_id, site_id FROM cases WHERE case_id IN (SELECT value FROM json_each(?))`,
};

/** A freshly stored intake or suggestion (case events are counted through their case). */
export function countRecord(batch: StatsBatch, siteId: string, record: KioskRecord): void {
  if (batch.enabled) batch.add(siteId, recordParts(record));
}

/** What a case's figures need of its intake, if the hub has it (a ticket's case id is its intake's id). */
export function caseIntake(db: Db, caseId: string): IntakeFacts | null {
  return (statement(db, SQL.intake).get(caseId) as IntakeFacts | undefined) ?? null;
}

/**
 * Bring a case's contribution up to date after it changed: `events` and `view` are its whole
 * history and derived state (refreshCase has just computed both). `intake`: what the case's
 * intake says, when the caller has just read it (the intake arrived, or was deleted); otherwise
 * what was stored with the case's parts, or read now for a case counted for the first time.
 */
export function countCase(
  db: Db,
  batch: StatsBatch,
  caseId: string,
  siteId: string,
  events: readonly CaseEvent[],
  view: CaseView,
  intake?: IntakeFacts | null,
): void {
  if (!batch.enabled) return;
  const stored = statement(db, SQL.stored).get(caseId) as
    ({ parts: string } & { prompt: string | null; createdAt: string | null }) | undefined;
  const facts =
    intake !== undefined
      ? intake
      : stored
        ? stored.prompt === null || stored.createdAt === null
          ? null
          : { prompt: stored.prompt as IntakeFacts['prompt'], createdAt: stored.createdAt }
        : caseIntake(db, caseId);
  const next = sumParts(caseParts(events, facts, view));
  const text = encodeCounts(next);
  // Most events change the case's figures; a note or a repeated rating may not.
  if (stored?.parts === text && intake === undefined) return;
  const delta = next;
  if (stored !== undefined)
    for (const [key, n] of decodeCounts(stored.parts)) delta.set(key, (delta.get(key) ?? 0) - n);
  batch.addCounts(siteId, delta);
  statement(db, SQL.save).run(
    caseId,
    siteId,
    text,
    facts?.prompt ?? null,
    facts?.createdAt ?? null,
  );
}

/**
 * Intakes stored (or deleted) in this transaction whose case the hub has: the intake changes the
 * case's figures (its prompt, when its time to result starts). Runs after the push's cases were
 * refreshed, so a case whose events came in the same push is counted with its intake too.
 */
export function recountCasesOfIntakes(
  db: Db,
  batch: StatsBatch,
  intakeIds: readonly string[],
): void {
  if (!batch.enabled || intakeIds.length === 0) return;
  const rows = statement(db, SQL.casesAmong).all(JSON.stringify(intakeIds)) as {
    case_id: string;
    site_id: string;
  }[];
  for (const { case_id: caseId, site_id: siteId } of rows) {
    // Validated before they were stored; deriveCase puts them in the one order.
    const events = (statement(db, SQL.events).all(caseId) as { body: string }[]).map(
      (r) => JSON.parse(r.body) as CaseEvent,
    );
    if (events.length > 0)
      countCase(db, batch, caseId, siteId, events, deriveCase(events), caseIntake(db, caseId));
  }
}
