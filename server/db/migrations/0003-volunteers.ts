import type { Migration } from '../migrate';

/**
 * The volunteers who may open a site's front desk (docs/cases.md, "Desk access"). Only the PIN's
 * PBKDF2 hash is kept (the shared `PinHash` JSON); the hub never stores, prints or logs a PIN. A
 * removed volunteer keeps their row (inactive): their id stays in case histories, so it is never
 * given to someone else. Every change publishes the site's whole roster of active volunteers as a
 * `volunteers` change (server/store/volunteers.ts).
 */
export const volunteers: Migration = {
  version: 3,
  name: 'volunteers',
  sql: `
CREATE TABLE volunteers (
  site_id TEXT NOT NULL REFERENCES sites(id),
  id TEXT NOT NULL,                 -- a VolunteerId, unique within the site (case events name it)
  name TEXT NOT NULL,               -- shown on the desk's unlock screen
  pin_hash TEXT NOT NULL,           -- PinHash JSON (PBKDF2-SHA256, salt, iterations): never the PIN
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (site_id, id)
) STRICT;
`,
};
