import type { LockoutState } from '../../shared/desk/lockout';
import type { LockoutStore } from '../../shared/desk/pin-attempt';
import type { RecordsDb } from './records-db';

/**
 * A screen's PIN lockout count in the records database's counters, so a reload does not give five
 * more tries. Each screen names its own two keys.
 */
export function countersLockoutStore(
  db: RecordsDb,
  keys: { failures: string; lockedUntil: string },
): LockoutStore {
  return {
    async read(): Promise<LockoutState> {
      const [failures, until] = await Promise.all([
        db.counters.get(keys.failures),
        db.counters.get(keys.lockedUntil),
      ]);
      return { failures: failures?.value ?? 0, lockedUntil: until?.value ?? null };
    },
    async write(state: LockoutState): Promise<void> {
      await db.transaction('rw', db.counters, async () => {
        await db.counters.put({ key: keys.failures, value: state.failures });
        if (state.lockedUntil === null) await db.counters.delete(keys.lockedUntil);
        else await db.counters.put({ key: keys.lockedUntil, value: state.lockedUntil });
      });
    },
  };
}
