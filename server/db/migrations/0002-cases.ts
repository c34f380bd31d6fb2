import type { Migration } from '../migrate';

/**
 * Cases at the hub (docs/sync-protocol.md, "Cases at the hub"). `case_events` indexes every case
 * event the hub knows: the kiosks' (also kept whole in `records`) and the linkage teams' (kept only
 * here). `cases` and `case_teams` are derived from the events with the shared `deriveCase` and
 * rewritten whenever a case gains an event; they can always be rebuilt from `case_events`.
 */
export const cases: Migration = {
  version: 2,
  name: 'cases',
  sql: `
CREATE TABLE case_events (
  event_id TEXT PRIMARY KEY,        -- the event's UUID v7: a re-sent event is stored once
  case_id TEXT NOT NULL,
  site_id TEXT NOT NULL REFERENCES sites(id),
  device_id TEXT NOT NULL,          -- the event's own deviceId tag ('hub' for team events)
  pushed_by TEXT,                   -- the authenticated kiosk that pushed it; NULL when the hub wrote it
  team_id TEXT,                     -- the team credential that wrote it; NULL for kiosks and admin commands
  type TEXT NOT NULL,
  at TEXT NOT NULL,                 -- the event's createdAt (the writer's clock, as sent)
  body TEXT NOT NULL,               -- the validated CaseEvent JSON
  received_at INTEGER NOT NULL      -- the hub's clock at commit
) STRICT;
CREATE INDEX case_events_by_case ON case_events(case_id);

CREATE TABLE cases (
  case_id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  status TEXT NOT NULL,             -- deriveCase(events).status
  due_date TEXT,                    -- the latest routing's due date
  open_due TEXT,                    -- the earliest due date of work still waiting for a team
  opened_at TEXT NOT NULL,          -- the first event's createdAt
  updated_at TEXT NOT NULL,         -- the last event's createdAt
  event_count INTEGER NOT NULL,
  hub_updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX cases_by_site ON cases(site_id, status);

-- The teams a case was routed to (or asked for a home visit), with each team's stage.
CREATE TABLE case_teams (
  case_id TEXT NOT NULL REFERENCES cases(case_id),
  team TEXT NOT NULL,               -- a ServiceId
  stage TEXT NOT NULL,              -- routed | accepted | inProgress | resolved
  PRIMARY KEY (case_id, team)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_teams_by_team ON case_teams(team, stage);

-- Linkage-team credentials (联动团队): one per team, for one service. Only the secret's hash is kept.
CREATE TABLE teams (
  id TEXT PRIMARY KEY,              -- team_ and 16 letters/digits
  service TEXT NOT NULL,
  name TEXT NOT NULL,
  secret_sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;

-- Case events pushed before this version were stored as records only: index them too (their
-- cases are derived at the next start, see deriveMissingCases).
INSERT INTO case_events (event_id, case_id, site_id, device_id, pushed_by, team_id, type, at, body, received_at)
SELECT id, json_extract(body, '$.caseId'), site_id, json_extract(body, '$.deviceId'), device_id, NULL,
       json_extract(body, '$.type'), kiosk_created_at, body, received_at
FROM records WHERE kind = 'caseEvent';
`,
};
