import type { Dexie } from 'dexie';

/**
 * v2: ids the hub answered `gone` (deleted or archived there on purpose). The record itself stays
 * in `records`; this only notes that the hub will never hold it (renderer/sync/outbox.ts).
 */
export function recordsV2(db: Dexie): void {
  db.version(2).stores({ gone: 'recordId, at' });
}
