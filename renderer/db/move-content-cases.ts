import { readCaseUpdate } from '../../shared/cases/case-update';
import type { CaseEvent } from '../../shared/cases/events';
import type { ContentDb } from './content-db';
import type { RecordsDb } from './records-db';
import { caseTables, foldCaseEvents } from './cases';
import { CASE_CURSOR_KEY, readCaseCursor } from './cases-pull';

/** Where kiosks before issue 15 kept pulled `case` changes, and their pull cursor. Frozen. */
const OLD_CASE_PREFIX = 'hub:case:';
const OLD_PULL_CURSOR_KEY = 'pull:cursor';

/**
 * One-time move for kiosks updated from before issue 15, which kept every pulled `case` change a
 * second time in the content database (`hub:case:<id>`, phone numbers included, never pruned) and
 * imported it by the kiosk's clock. Fold what is there into the records database and set its case
 * cursor to the content cursor those entries were pulled up to, in one records transaction; only
 * then delete them from the content database. A cut between the two steps repeats the first at
 * the next start, which changes nothing (events are keyed by id; the cursor only moves up).
 * Returns how many entries were moved.
 */
export async function moveContentCases(records: RecordsDb, content: ContentDb): Promise<number> {
  const entries = await content.content.where('key').startsWith(OLD_CASE_PREFIX).toArray();
  if (entries.length === 0) return 0;
  const pulledTo = (await content.content.get(OLD_PULL_CURSOR_KEY))?.value;
  const events: CaseEvent[] = entries.flatMap((e) => readCaseUpdate(e.value)?.events ?? []);
  const { caseEvents, cases } = caseTables(records);
  await records.transaction('rw', [records.counters, caseEvents, cases], async () => {
    if (events.length > 0) await foldCaseEvents(records, events);
    const held = await readCaseCursor(records);
    if (typeof pulledTo === 'number' && Number.isSafeInteger(pulledTo) && pulledTo > held)
      await records.counters.put({ key: CASE_CURSOR_KEY, value: pulledTo });
  });
  await content.content.bulkDelete(entries.map((e) => e.key));
  return entries.length;
}
