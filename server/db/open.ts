import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations/index';

export type Db = Database.Database;

export const HUB_DB_FILE = 'hub.sqlite';

/**
 * Open (creating if needed) the hub database in `dataDir` and migrate it.
 * WAL lets the admin CLI read and write while the server runs; synchronous=FULL makes every
 * committed push survive a power cut, which is what lets the hub ack only after commit.
 */
export function openHubDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, HUB_DB_FILE));
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal')
      throw new Error(`could not switch the hub database to WAL (got ${String(mode)})`);
    db.pragma('synchronous = FULL');
    // Savepoints (one per push in a group commit) journal the pages they touch; in memory that
    // is a copy, in a temp file a write per page. Nothing durable lives there: WAL is the journal.
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
