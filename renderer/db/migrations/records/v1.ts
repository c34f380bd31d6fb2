import type { Dexie } from 'dexie';

/** v1: records, the outbox (auto-increment seq gives creation order), quarantine, counters. */
export function recordsV1(db: Dexie): void {
  db.version(1).stores({
    records: 'id, kind, day, createdAt',
    outbox: '++seq, &recordId',
    quarantine: 'recordId, at',
    counters: 'key',
  });
}
