import type { Dexie } from 'dexie';

/**
 * Schema versions of the records database, oldest first. Never edit a shipped version: add a new
 * one (records on kiosks in the field were written under every version listed here).
 */
export function applyRecordsMigrations(db: Dexie): void {
  // v1: records, the outbox (auto-increment seq gives creation order), quarantine, counters.
  db.version(1).stores({
    records: 'id, kind, day, createdAt',
    outbox: '++seq, &recordId',
    quarantine: 'recordId, at',
    counters: 'key',
  });
}
