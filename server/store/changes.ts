import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { ChangeKind, WireChange } from '../../shared/sync/protocol';

export interface NewChange {
  /** null: for every site (e.g. the catalogue). */
  siteId: string | null;
  kind: ChangeKind;
  key: string;
  body: unknown;
}

/**
 * Publish content to kiosks. The feed keeps only the latest change per (site, kind, key): a newer
 * change always gets a higher cursor than the one it replaces, so a kiosk at any cursor still
 * receives the current state, and a new kiosk pulls today's content rather than its history.
 * Call inside the caller's transaction when the change belongs with other writes.
 */
export function appendChange(db: Db, change: NewChange, now: number): number {
  return db.transaction(() => {
    statement(db, 'DELETE FROM changes WHERE kind = ? AND key = ? AND site_id IS ?').run(
      change.kind,
      change.key,
      change.siteId,
    );
    const result = statement(
      db,
      'INSERT INTO changes (site_id, kind, key, body, at) VALUES (?, ?, ?, ?, ?)',
    ).run(change.siteId, change.kind, change.key, JSON.stringify(change.body), now);
    return Number(result.lastInsertRowid);
  })();
}

export interface PulledChanges {
  changes: WireChange[];
  cursor: number;
  more: boolean;
}

/**
 * Changes after `cursor` for one site (plus global ones), oldest first. A cursor beyond anything
 * this hub ever issued means the hub's database was replaced: start again from 0 (content is
 * latest-wins, so receiving it twice is harmless, while waiting for the old numbers would starve).
 */
export function pullChanges(
  db: Db,
  siteId: string,
  requested: number,
  limit: number,
): PulledChanges {
  const issued = db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").get() as
    { seq: number } | undefined;
  const cursor = requested > (issued?.seq ?? 0) ? 0 : requested;
  const rows = db
    .prepare(
      `SELECT cursor, kind, key, body FROM changes
       WHERE cursor > ? AND (site_id IS NULL OR site_id = ?)
       ORDER BY cursor LIMIT ?`,
    )
    .all(cursor, siteId, limit + 1) as {
    cursor: number;
    kind: string;
    key: string;
    body: string;
  }[];
  const page = rows.slice(0, limit);
  return {
    changes: page.map((r) => ({
      cursor: r.cursor,
      kind: r.kind,
      key: r.key,
      body: JSON.parse(r.body) as unknown,
    })),
    cursor: page.at(-1)?.cursor ?? cursor,
    more: rows.length > limit,
  };
}
