import type { Db } from '../db/open';
import { MIGRATIONS } from '../db/migrations';
import type { Migration } from '../db/migrate';

/**
 * Take a test database back to schema `version`, as a hub of that version left it: every later
 * migration's triggers, indexes, added columns and tables go, newest first, and its
 * `schema_version` row with them. Read from the migrations' own SQL, so a test that checks what
 * an upgrade does to old data keeps working when a later migration is added.
 */
export function rollBackTo(db: Db, version: number, migrations: readonly Migration[] = MIGRATIONS) {
  const exists = (table: string) =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !==
    undefined;
  for (const m of [...migrations].reverse()) {
    if (m.version <= version) break;
    for (const [, name] of m.sql.matchAll(/CREATE TRIGGER (?:IF NOT EXISTS )?(\w+)/g))
      db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    for (const [, name] of m.sql.matchAll(/CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?(\w+)/g))
      db.exec(`DROP INDEX IF EXISTS ${name}`);
    for (const [, table, column] of m.sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g))
      if (table && exists(table)) db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    // Newest table first: a table may refer to one created before it in the same migration.
    const tables = [...m.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/g)].reverse();
    for (const [, table] of tables) db.exec(`DROP TABLE IF EXISTS ${table}`);
  }
  db.prepare('DELETE FROM schema_version WHERE version > ?').run(version);
}
