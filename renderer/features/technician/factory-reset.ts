import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import type { DeviceDb } from '../../db/device-db';

/** The word to type before a factory reset, in either language. */
export const RESET_WORDS = ['重置', 'RESET'] as const;

export type ResetRefusal = 'confirmation' | 'unsynced';

export interface ResetCheck {
  /** What the technician typed. */
  typed: string;
  /** Records the hub has not got: the outbox plus the quarantine. */
  unsynced: number;
  /** "Delete them anyway" was ticked. */
  override: boolean;
}

/**
 * A factory reset deletes every record on the kiosk. It goes ahead only after the typed word, and
 * only when nothing would be lost, unless the technician explicitly accepts the loss.
 */
export function factoryResetRefusal(check: ResetCheck): ResetRefusal | null {
  const typed = check.typed.trim();
  if (!RESET_WORDS.some((w) => w === typed || w === typed.toUpperCase())) return 'confirmation';
  if (check.unsynced > 0 && !check.override) return 'unsynced';
  return null;
}

/** Records that would be lost: still in the outbox, or set aside in the quarantine. */
export async function unsyncedCount(db: RecordsDb): Promise<number> {
  const [outbox, quarantine] = await Promise.all([db.outbox.count(), db.quarantine.count()]);
  return outbox + quarantine;
}

export interface ResetDeps {
  records: RecordsDb;
  content: ContentDb;
  device: DeviceDb;
  clearCredential: () => Promise<{ ok: boolean }>;
}

export class FactoryResetRefused extends Error {
  override name = 'FactoryResetRefused';
  constructor(readonly refusal: ResetRefusal) {
    super(`factory reset refused: ${refusal}`);
  }
}

/**
 * Wipe the kiosk: the credential first (so no sync can start with it meanwhile), then both
 * databases. The guard is checked again here against a fresh count, not the one on screen: a
 * record saved since the screen was drawn must not be lost without the override.
 */
export async function factoryReset(
  deps: ResetDeps,
  typed: string,
  override: boolean,
): Promise<void> {
  const refusal = factoryResetRefusal({
    typed,
    unsynced: await unsyncedCount(deps.records),
    override,
  });
  if (refusal) throw new FactoryResetRefused(refusal);
  const cleared = await deps.clearCredential();
  if (!cleared.ok) throw new Error('the credential could not be cleared');
  await deps.records.delete();
  await deps.content.delete();
  // What the technician set (the PIN) goes too: the kiosk starts the setup wizard afresh.
  await deps.device.kept.clear();
}
