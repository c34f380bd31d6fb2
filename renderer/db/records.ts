import {
  Intake,
  Suggestion,
  type IntakeDraft,
  type KioskRecord,
} from '../../shared/records/intake';
import { formatTicket, localDay, localIso } from '../../shared/records/ticket';
import { uuidv7 } from '../../shared/ids';
import type { RecordsDb, StoredRecord } from './records-db';
import { classifySaveError, type SaveError } from './save-errors';

export type SaveResult<T> = { ok: true; value: T } | { ok: false; error: SaveError };

/**
 * Save an intake, its outbox entry and the day's ticket counter in ONE strict-durability
 * transaction. The ticket is shown only after this resolves, so a ticket in a resident's hand
 * always means the intake is on disk and queued for the hub; if anything fails, nothing was
 * written (no half-saved intake, no ticket number used up).
 */
export async function saveIntake(
  db: RecordsDb,
  draft: IntakeDraft,
  now: Date = new Date(),
): Promise<SaveResult<Intake>> {
  const day = localDay(now);
  try {
    const intake = await db.transaction('rw', [db.records, db.outbox, db.counters], async () => {
      const counterKey = `ticket:${day}`;
      const last = (await db.counters.get(counterKey))?.value ?? 0;
      const next = last + 1;
      const record = Intake.parse({
        ...draft,
        id: uuidv7(now.getTime()),
        kind: 'intake',
        ticket: { number: formatTicket(next), day },
        createdAt: localIso(now),
      });
      await db.counters.put({ key: counterKey, value: next });
      await putWithOutbox(db, record, day, now);
      return record;
    });
    return { ok: true, value: intake };
  } catch (error) {
    return { ok: false, error: classifySaveError(error) };
  }
}

/** Save an anonymous suggestion (解忧法空间) exactly like an intake, minus the ticket. */
export async function saveSuggestion(
  db: RecordsDb,
  text: string,
  now: Date = new Date(),
): Promise<SaveResult<Suggestion>> {
  try {
    const record = Suggestion.parse({
      id: uuidv7(now.getTime()),
      kind: 'suggestion',
      text,
      createdAt: localIso(now),
    });
    await db.transaction('rw', [db.records, db.outbox], () =>
      putWithOutbox(db, record, localDay(now), now),
    );
    return { ok: true, value: record };
  } catch (error) {
    return { ok: false, error: classifySaveError(error) };
  }
}

/** Store a record and queue it for the hub. Call inside a rw transaction over records + outbox. */
export async function putWithOutbox(db: RecordsDb, record: KioskRecord, day: string, now: Date) {
  const row: StoredRecord = {
    id: record.id,
    kind: record.kind,
    day,
    createdAt: record.createdAt,
    record,
  };
  await db.records.add(row);
  await db.outbox.add({ recordId: record.id, enqueuedAt: now.toISOString(), attempts: 0 });
}

/** Today's intakes in ticket order (the desk queue reads this). */
export async function intakesOfDay(db: RecordsDb, day: string): Promise<Intake[]> {
  const rows = await db.records.where('day').equals(day).sortBy('createdAt');
  return rows.flatMap((r) => (r.record.kind === 'intake' ? [r.record] : []));
}

export async function pendingCount(db: RecordsDb): Promise<number> {
  return db.outbox.count();
}
