import type { Migration } from '../migrate';

/**
 * The console's lists at district scale (issue 10: < 100 ms p95 at 200,000 cases). A team's
 * inbox filtered and sorted on `cases`, so every page joined each of the team's rows (tens of
 * thousands for the lawyers) to `cases` before it could count and sort. Here each `case_teams`
 * row carries its case's sort keys (the room, closed or not, the open due date, the urgency
 * rank, when it opened, the joint session), which `refreshCase` rewrites with the row, so an
 * inbox page counts and sorts one index on `case_teams` and joins `cases` for the page's rows
 * only. The district list gets indexes for its other sorts and for open cases.
 * Rows written before this version are filled from their `cases` row here, in SQL.
 */
export const caseTeamsSortKeys: Migration = {
  version: 10,
  name: 'case-teams-sort-keys',
  sql: `
ALTER TABLE case_teams ADD COLUMN site_id TEXT;
ALTER TABLE case_teams ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_teams ADD COLUMN open_due TEXT;
ALTER TABLE case_teams ADD COLUMN urgency_rank INTEGER;
ALTER TABLE case_teams ADD COLUMN opened_at TEXT;
ALTER TABLE case_teams ADD COLUMN session_at TEXT;

UPDATE case_teams SET
  (site_id, closed, open_due, urgency_rank, opened_at, session_at) = (
    SELECT c.site_id, c.status = 'closed', c.open_due, c.urgency_rank, c.opened_at, c.session_at
    FROM cases c WHERE c.case_id = case_teams.case_id);

-- Covering: a view's count and its sort read this index only, never the table.
CREATE INDEX case_teams_inbox
  ON case_teams(team, closed, handed_back, stage, open_due, urgency_rank, opened_at, site_id);
CREATE INDEX case_teams_by_session
  ON case_teams(team, session_at, stage, handed_back, site_id) WHERE session_at IS NOT NULL;

CREATE INDEX cases_open_by_opened ON cases(opened_at) WHERE status <> 'closed';
CREATE INDEX cases_by_updated ON cases(updated_at);
CREATE INDEX cases_by_status ON cases(status, opened_at);
`,
};
