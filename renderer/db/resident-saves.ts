import type { Intake, IntakeDraft, Suggestion } from '../../shared/records/intake';
import type { RecordsDb } from './records-db';
import type * as Records from './records';
import type { SaveResult } from './records';

/**
 * The resident screens' saves, with `./records` (zod, the record schemas) loaded on first use
 * rather than in the first download. main.tsx starts loading it right after Home is drawn, so by
 * the time anyone reaches a save it is there. If it cannot be loaded at all (a missing file after
 * a broken update), that is a storage error like any other: the answers stay on screen.
 */
export async function saveIntakeLazily(
  db: RecordsDb,
  draft: IntakeDraft,
): Promise<SaveResult<Intake>> {
  const records = await loadRecords();
  return records ? records.saveIntake(db, draft) : { ok: false, error: 'storage' };
}

export async function saveSuggestionLazily(
  db: RecordsDb,
  text: string,
): Promise<SaveResult<Suggestion>> {
  const records = await loadRecords();
  return records ? records.saveSuggestion(db, text) : { ok: false, error: 'storage' };
}

async function loadRecords(): Promise<typeof Records | null> {
  try {
    return await import('./records');
  } catch {
    return null;
  }
}
