import type { Dexie } from 'dexie';

/**
 * v6: when the hub acknowledged each record (`ackedAt`, UTC ISO), indexed so the daily retention
 * prune (renderer/db/retention.ts) reads only records acknowledged long ago. A record still in
 * the outbox or quarantine has none, so it is not in the index at all. Records acknowledged
 * before v6 never noted when: a `gone` one takes its `gone` time, the rest their creation time
 * (the hub received them after that; the hub holds them, so nothing is lost either way).
 */
export function recordsV6(db: Dexie): void {
  db.version(6)
    .stores({ records: 'id, kind, day, createdAt, ackedAt' })
    .upgrade(async (tx) => {
      const pending = new Set<string>([
        ...((await tx.table('outbox').orderBy('recordId').keys()) as string[]),
        ...((await tx.table('quarantine').toCollection().primaryKeys()) as string[]),
      ]);
      const goneAt = new Map(
        ((await tx.table('gone').toArray()) as { recordId: string; at: string }[]).map((g) => [
          g.recordId,
          g.at,
        ]),
      );
      await tx
        .table('records')
        .toCollection()
        .modify((row: { id: string; createdAt: string; ackedAt?: string }) => {
          if (pending.has(row.id)) return;
          const at = Date.parse(goneAt.get(row.id) ?? row.createdAt);
          // An unreadable time is left without one: kept, never deleted by mistake.
          if (!Number.isNaN(at)) row.ackedAt = new Date(at).toISOString();
        });
    });
}
