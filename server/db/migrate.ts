import type { Db } from './open';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Bring the database to the newest schema. Each migration runs with its `schema_version` row in
 * one transaction, so a failed or interrupted migration leaves the previous version intact.
 * A database from a newer hub is refused rather than guessed at.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} must be number ${i + 1}, not ${m.version}`);
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);
  const current = schemaVersion(db);
  const newest = migrations.length;
  if (current > newest) {
    throw new Error(
      `the database is at schema version ${current}, newer than this hub knows (${newest}); use a newer hub`,
    );
  }
  const record = db.prepare(
    'INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, Date.now());
    }).immediate();
  }
  return schemaVersion(db);
}

export function schemaVersion(db: Db): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as {
    v: number | null;
  };
  return row.v ?? 0;
}
