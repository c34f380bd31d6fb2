import type { Change } from '../../shared/sync/protocol';
import { readCaseUpdate } from '../../shared/cases/case-update';
import type { CaseEvent } from '../../shared/cases/events';
import type { RecordsDb } from './records-db';
import { caseTables, foldCaseEvents } from './cases';

/**
 * How far into the hub's feed the records database has applied `case` changes. It is the hub's
 * cursor, never this kiosk's clock: a kiosk clock stepped back or forward cannot make a pull skip
 * or repeat a case update.
 */
export const CASE_CURSOR_KEY = 'pull:caseCursor';

type CaseChange = Extract<Change, { kind: 'case' }>;

export async function readCaseCursor(db: RecordsDb): Promise<number> {
  const value = (await db.counters.get(CASE_CURSOR_KEY))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/**
 * Apply a pull page's `case` changes straight into the desk's cases, and move the records
 * database's cursor to `toCursor`, in ONE strict-durability transaction: either the page's case
 * events are folded in and the cursor moved, or neither (the next pull asks again). `window`
 * says, from the stored cursor, above which cursor changes are still needed (null: none, skip).
 * Returns what was applied and from where, or null if the page was already held here.
 */
export async function applyPulledCases(
  db: RecordsDb,
  changes: readonly CaseChange[],
  window: (stored: number) => number | null,
  toCursor: number,
): Promise<{ applied: number; after: number } | null> {
  const { caseEvents, cases } = caseTables(db);
  return db.transaction('rw', [db.counters, caseEvents, cases], async () => {
    const after = window(await readCaseCursor(db));
    if (after === null) return null;
    const needed = changes.filter((c) => c.cursor > after);
    const events: CaseEvent[] = needed.flatMap((c) => readCaseUpdate(c.body)?.events ?? []);
    if (events.length > 0) await foldCaseEvents(db, events);
    await db.counters.put({ key: CASE_CURSOR_KEY, value: toCursor });
    return { applied: needed.length, after };
  });
}

/** Forget the case cursor (the kiosk moved to another site: its feed starts again from 0). */
export async function resetCaseCursor(db: RecordsDb): Promise<void> {
  await db.counters.delete(CASE_CURSOR_KEY);
}
