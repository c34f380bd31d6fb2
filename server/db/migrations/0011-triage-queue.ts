import type { Migration } from '../migrate';

/**
 * The middle office's triage queue (issue 10, shared/cases/triage.ts): what each case needs from a
 * dispatcher that depends only on its history, kept beside the case by `refreshCase`, each with an
 * index so every reason's list is one indexed query at 200,000 cases.
 * - `triage_waiting_day`: the day of the earliest routing of a team that has not accepted yet;
 * - `triage_handed_back`: a team handed it back and it was not re-routed since;
 * - `triage_session`: a joint consultation whose group session has no time yet.
 * Before this version no middle-office event existed, so the fill below, in SQL from the events
 * and `case_teams`, gives what `triageFacts` would (this file stays frozen: no domain code).
 */
export const triageQueue: Migration = {
  version: 11,
  name: 'triage-queue',
  sql: `
ALTER TABLE cases ADD COLUMN triage_waiting_day TEXT;
ALTER TABLE cases ADD COLUMN triage_handed_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN triage_session INTEGER NOT NULL DEFAULT 0;

UPDATE cases SET
  triage_waiting_day = (
    SELECT MIN((SELECT substr(MAX(e.at), 1, 10) FROM case_events e, json_each(e.body, '$.teams') j
                WHERE e.case_id = t.case_id AND e.type = 'routed' AND j.value = t.team))
    FROM case_teams t
    WHERE t.case_id = cases.case_id AND t.stage = 'routed' AND t.handed_back = 0),
  triage_handed_back = EXISTS (
    SELECT 1 FROM case_teams t
    WHERE t.case_id = cases.case_id AND t.handed_back = 1 AND t.stage <> 'resolved'),
  triage_session = (
    SELECT COUNT(DISTINCT j.value) FROM case_events e, json_each(e.body, '$.teams') j
    WHERE e.case_id = cases.case_id AND e.type = 'routed') >= 2
    AND (session_at IS NULL OR length(session_at) = 10)
WHERE status = 'awaitingTeams';

CREATE INDEX cases_triage_waiting ON cases(triage_waiting_day) WHERE triage_waiting_day IS NOT NULL;
CREATE INDEX cases_triage_handed_back ON cases(opened_at) WHERE triage_handed_back = 1;
CREATE INDEX cases_triage_session ON cases(opened_at) WHERE triage_session = 1;
`,
};
