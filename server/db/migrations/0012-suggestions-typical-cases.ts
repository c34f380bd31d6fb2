import type { Migration } from '../migrate';

/**
 * Issue 12: what staff do with residents' suggestions (解忧法空间) and the typical cases
 * (典型案事例) they write from closed cases.
 *
 * - `suggestion_notes`: one row per suggestion staff touched (the suggestion itself stays the
 *   kiosk's record in `records`, unchanged): its topic, the reply and whether the room's notice
 *   board shows it, when it was closed. Deleted with the suggestion by the retention purge.
 * - `typical_cases`: written from a closed case, anonymised before it is stored (the hub refuses
 *   text with personal information: shared/typical-cases/anonymise.ts), approved by a second
 *   person. It keeps the street and services of its case, so it outlives the case's purge.
 */
export const suggestionsTypicalCases: Migration = {
  version: 12,
  name: 'suggestions-typical-cases',
  sql: `
CREATE INDEX records_by_kind_created ON records(kind, kiosk_created_at);

CREATE TABLE suggestion_notes (
  suggestion_id TEXT PRIMARY KEY,   -- records.id of the suggestion
  topic TEXT,                       -- shared/suggestions/topics.ts; NULL untagged
  reply TEXT,
  reply_public INTEGER NOT NULL DEFAULT 0,
  closed_at INTEGER,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL          -- console account id
) STRICT;

CREATE TABLE typical_cases (
  id TEXT PRIMARY KEY,              -- UUID v7
  case_id TEXT NOT NULL,            -- the closed case it was written from (may be purged later)
  street TEXT NOT NULL,
  prompt TEXT NOT NULL,             -- the kiosk prompt it is published under (its topic)
  year INTEGER NOT NULL,            -- the year the case was closed
  services TEXT NOT NULL,           -- JSON array of services that worked together
  title TEXT NOT NULL,
  facts TEXT NOT NULL,
  resolution TEXT NOT NULL,
  law TEXT NOT NULL,
  status TEXT NOT NULL,             -- draft | approved
  published INTEGER NOT NULL DEFAULT 0,
  author_id TEXT NOT NULL,
  approved_by TEXT,
  approved_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX typical_cases_by_status ON typical_cases(status, year, street);
`,
};
