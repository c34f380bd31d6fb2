import { Dexie, type EntityTable } from 'dexie';

/** One piece of content from the hub (site settings, rota, theme, catalogue, cursor). */
export interface ContentEntry {
  key: string;
  value: unknown;
  updatedAt: string;
}

export type ContentDb = Dexie & { content: EntityTable<ContentEntry, 'key'> };

export const CONTENT_DB_NAME = 'kiosk-content';

/** What the hub sends. Safe to wipe: everything here can be pulled again. */
export function openContentDb(name: string = CONTENT_DB_NAME): ContentDb {
  const db = new Dexie(name) as ContentDb;
  db.version(1).stores({ content: 'key' });
  return db;
}
