import type { Migration } from '../migrate';

/**
 * Monthly aggregates that outlive the records they count (docs/statistics.md). No personal
 * information: months, rooms, prompts, services, focus groups, outcomes and counts.
 *
 * - `stats_monthly`: the figures. `scope` is a room's site id, or '*' for the whole district
 *   (kept beside the rooms so a district dashboard reads a few thousand rows, not every room's).
 * - `stats_case_parts`: what each live case added, so that when it gains an event the hub takes
 *   that away and adds the new contribution (exactly once, in the same transaction). Deleted with
 *   the case by the retention purge.
 * - `stats_archive`: what purged records and cases had added, per room. The figures always equal
 *   the archive plus a recount of the records still present; `stats rebuild` checks that.
 * - `stats_state`: `rebuildNeeded` is set here when records exist already; the hub then counts
 *   them once at its next start (this file stays frozen: no domain code in a migration).
 */
export const monthlyStats: Migration = {
  version: 7,
  name: 'monthly-stats',
  sql: `
CREATE TABLE stats_monthly (
  scope TEXT NOT NULL,              -- a room's site id, or '*': the district
  month TEXT NOT NULL,              -- YYYY-MM, Shanghai time
  measure TEXT NOT NULL,            -- shared/stats/measures.ts
  d1 TEXT NOT NULL,                 -- the measure's first dimension ('' when unused)
  d2 TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (scope, month, measure, d1, d2)
) STRICT, WITHOUT ROWID;

-- WITHOUT ROWID: one b-tree, so a case's new parts cost the push one page, not a table page
-- and an index page.
CREATE TABLE stats_case_parts (
  case_id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL,
  parts TEXT NOT NULL,              -- one 'month<TAB>measure<TAB>d1<TAB>d2<TAB>n' per line
  intake_prompt TEXT,               -- what the parts read of the case's intake (NULL: none yet),
  intake_at TEXT                    -- kept so a new event need not read the intake again
) STRICT, WITHOUT ROWID;

CREATE TABLE stats_archive (
  site_id TEXT NOT NULL,
  month TEXT NOT NULL,
  measure TEXT NOT NULL,
  d1 TEXT NOT NULL,
  d2 TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (site_id, month, measure, d1, d2)
) STRICT, WITHOUT ROWID;

CREATE TABLE stats_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO stats_state (key, value)
SELECT 'rebuildNeeded', 'migration 5'
WHERE EXISTS (SELECT 1 FROM records) OR EXISTS (SELECT 1 FROM case_events);
`,
};
