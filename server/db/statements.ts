import type Database from 'better-sqlite3';
import type { Db } from './open';

type Statement = Database.Statement<unknown[]>;

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on this connection, prepared once. The push path runs the same
 * few statements thousands of times a minute; preparing them on every request cost more than
 * running them (about 0.15 ms per push in the concurrency benchmark). The cache dies with the
 * connection, so a reopened database never sees a statement of a closed one. A statement is
 * shared by every caller of the same SQL: configure it (`pluck()`) the same way each time.
 */
export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
