import type { Migration } from '../migrate';

/**
 * What the console's lists sort and filter on, kept beside each case when it is derived
 * (server/store/cases.ts refreshCase), so a list page is one indexed query even at 200,000 cases:
 * the registration's urgency (as a rank) and category, the ticket, the joint session's time, and
 * per team whether it handed the case back. `case_events.account_id` names the console account
 * that wrote a team event (the event itself names only the team).
 * Cases derived before this version are filled from their events here, in SQL, so this migration
 * does not depend on today's domain code.
 */
export const consoleCaseIndex: Migration = {
  version: 6,
  name: 'console-case-index',
  sql: `
ALTER TABLE cases ADD COLUMN urgency_rank INTEGER;   -- 0 urgent, 1 soon, 2 normal; NULL unregistered
ALTER TABLE cases ADD COLUMN category TEXT;
ALTER TABLE cases ADD COLUMN ticket TEXT;            -- "A-007 2026-11-29"
ALTER TABLE cases ADD COLUMN session_at TEXT;        -- joint session "YYYY-MM-DDTHH:MM" while open
ALTER TABLE case_teams ADD COLUMN handed_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_events ADD COLUMN account_id TEXT;

CREATE INDEX cases_by_opened ON cases(opened_at);
CREATE INDEX cases_by_open_due ON cases(open_due) WHERE open_due IS NOT NULL;
CREATE INDEX cases_by_session ON cases(session_at) WHERE session_at IS NOT NULL;

UPDATE cases SET
  urgency_rank = (
    SELECT CASE json_extract(e.body, '$.urgency') WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END
    FROM case_events e WHERE e.case_id = cases.case_id AND e.type = 'registered'
    ORDER BY e.at DESC, e.event_id DESC LIMIT 1),
  category = (
    SELECT json_extract(e.body, '$.category')
    FROM case_events e WHERE e.case_id = cases.case_id AND e.type = 'registered'
    ORDER BY e.at DESC, e.event_id DESC LIMIT 1),
  session_at = CASE WHEN status = 'closed' THEN NULL ELSE (
    SELECT json_extract(e.body, '$.jointSession.date') || 'T' || json_extract(e.body, '$.jointSession.time')
    FROM case_events e WHERE e.case_id = cases.case_id AND e.type = 'routed'
    ORDER BY e.at DESC, e.event_id DESC LIMIT 1) END;
`,
};
