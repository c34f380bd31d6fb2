import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion, type Migration } from './migrate';
import { MIGRATIONS } from './migrations/index';
import { HUB_DB_FILE, openHubDb } from './open';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-migrate-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tables = (db: Database.Database) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('openHubDb', () => {
  it('creates the newest schema in WAL mode with synchronous=FULL', () => {
    const db = openHubDb(tempDir());
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'sites',
        'enrollment_codes',
        'devices',
        'records',
        'tombstones',
        'changes',
        'schema_version',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens an existing database without re-applying migrations', () => {
    const dir = tempDir();
    openHubDb(dir).close();
    const db = openHubDb(dir);
    expect((db.prepare('SELECT COUNT(*) AS n FROM schema_version').get() as { n: number }).n).toBe(
      MIGRATIONS.length,
    );
    db.close();
  });
});

describe('migrate', () => {
  const first: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE one (x INTEGER) STRICT;' };

  it('applies pending migrations in order and records each version', () => {
    const db = new Database(path.join(tempDir(), HUB_DB_FILE));
    expect(migrate(db, [first])).toBe(1);
    const second: Migration = {
      version: 2,
      name: 'two',
      sql: 'ALTER TABLE one ADD COLUMN y TEXT;',
    };
    expect(migrate(db, [first, second])).toBe(2);
    expect(db.prepare('SELECT version, name FROM schema_version ORDER BY version').all()).toEqual([
      { version: 1, name: 'one' },
      { version: 2, name: 'two' },
    ]);
    db.close();
  });

  it('rolls a failing migration back completely and keeps the previous version', () => {
    const db = new Database(path.join(tempDir(), HUB_DB_FILE));
    migrate(db, [first]);
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);',
    };
    expect(() => migrate(db, [first, broken])).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('half');
    db.close();
  });

  it('refuses a database written by a newer hub', () => {
    const db = new Database(path.join(tempDir(), HUB_DB_FILE));
    migrate(db, [first, { version: 2, name: 'two', sql: 'SELECT 1;' }]);
    expect(() => migrate(db, [first])).toThrow(/newer than this hub knows/);
    db.close();
  });

  it('refuses a migration list with a gap in its numbers', () => {
    const db = new Database(path.join(tempDir(), HUB_DB_FILE));
    expect(() => migrate(db, [first, { version: 3, name: 'three', sql: 'SELECT 1;' }])).toThrow(
      /must be number 2/,
    );
    db.close();
  });

  it('numbers the shipped migrations 1, 2, 3... in file order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
