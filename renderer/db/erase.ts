import type { Dexie } from 'dexie';

/** Any of the kiosk's databases (db/databases.ts lists them), for code that only clears them. */
export type KioskDatabase = Dexie;

/** Clear every table, each database in one transaction (all of it, or none of it, goes). */
export async function eraseDatabases(databases: readonly KioskDatabase[]): Promise<void> {
  for (const db of databases) {
    if (!db.isOpen()) await db.open();
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  }
}
