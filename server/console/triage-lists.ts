import type { Db } from '../db/open';
import { COLUMNS, toCaseRows, type Row } from './case-lists';
import { shanghaiDay } from './time';
import { TRIAGE_REASONS, unacceptedCutoff, type TriageReason } from '../../shared/cases/triage';
import type { TriageQuery } from '../../shared/console/requests';
import type { TriageRow } from '../../shared/console/views';
import type { StreetId } from '../../shared/sites';

/**
 * The middle office's triage queue (中台), one reason at a time, each an indexed query on what
 * `refreshCase` keeps beside the case (migration triage-queue) or on the due date, so a page
 * costs the same at 200,000 cases. Rows carry nothing personal, like every list.
 */

interface TriageCols {
  triage_waiting_day: string | null;
  triage_handed_back: number;
  triage_session: number;
}

/** Rooms and services with no enabled team account behind them: routed there, nobody sees it. */
function uncoveredPairs(db: Db): [string, string][] {
  // Each distinct team by an index seek (a handful), rather than a scan of every row.
  const teams: string[] = [];
  const next = db.prepare('SELECT MIN(team) FROM case_teams WHERE team > ?').pluck();
  for (let t = next.get('') as string | null; t !== null; t = next.get(t) as string | null)
    teams.push(t);
  const accounts = (
    db
      .prepare(
        `SELECT service, streets FROM accounts
         WHERE role = 'team-member' AND disabled_at IS NULL AND service IS NOT NULL`,
      )
      .all() as { service: string; streets: string }[]
  ).map((a) => ({ service: a.service, streets: JSON.parse(a.streets) as StreetId[] }));
  const sites = db.prepare('SELECT id, street FROM sites').all() as {
    id: string;
    street: StreetId;
  }[];
  const pairs: [string, string][] = [];
  for (const team of teams)
    for (const site of sites)
      if (
        !accounts.some(
          (a) => a.service === team && (a.streets.length === 0 || a.streets.includes(site.street)),
        )
      )
        pairs.push([team, site.id]);
  return pairs;
}

const NO_TEAM = `c.case_id IN (SELECT t.case_id FROM case_teams t
  WHERE t.closed = 0 AND t.handed_back = 0 AND t.stage <> 'resolved'
    AND (t.team, t.site_id) IN (
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(@uncovered)))`;

const WHERE: Record<TriageReason, string> = {
  unaccepted: 'c.triage_waiting_day <= @cutoff',
  overdue: 'c.open_due < @today',
  handedBack: 'c.triage_handed_back = 1',
  noTeam: NO_TEAM,
  sessionMissing: 'c.triage_session = 1',
};
/** Each list in the order its index gives: the longest waiting first. */
const ORDER: Record<TriageReason, string> = {
  unaccepted: 'c.triage_waiting_day, c.case_id',
  overdue: 'c.open_due, c.case_id',
  handedBack: 'c.opened_at, c.case_id',
  noTeam: 'c.opened_at, c.case_id',
  sessionMissing: 'c.opened_at, c.case_id',
};

function params(db: Db, now: number, acceptDays: number) {
  const today = shanghaiDay(now);
  return {
    today,
    cutoff: unacceptedCutoff(today, acceptDays),
    uncovered: JSON.stringify(uncoveredPairs(db)),
  };
}

export function listTriage(
  db: Db,
  query: TriageQuery,
  now: number,
  acceptDays: number,
): { rows: TriageRow[]; total: number; counts: Record<TriageReason, number> } {
  const p = params(db, now, acceptDays);
  const counts = Object.fromEntries(
    TRIAGE_REASONS.map((r) => [
      r,
      (db.prepare(`SELECT COUNT(*) AS n FROM cases c WHERE ${WHERE[r]}`).get(p) as { n: number }).n,
    ]),
  ) as Record<TriageReason, number>;
  const rows = db
    .prepare(
      `SELECT ${COLUMNS}, c.triage_waiting_day, c.triage_handed_back, c.triage_session
       FROM cases c JOIN sites s ON s.id = c.site_id WHERE ${WHERE[query.reason]}
       ORDER BY ${ORDER[query.reason]} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...p, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as (Row &
    TriageCols)[];
  const uncovered = new Set((JSON.parse(p.uncovered) as [string, string][]).map((x) => x.join()));
  const caseRows = toCaseRows(db, rows, now);
  return {
    rows: caseRows.map((row, i) => {
      const r = rows[i];
      const reasons: TriageReason[] = [];
      if (r?.triage_waiting_day && r.triage_waiting_day <= p.cutoff) reasons.push('unaccepted');
      if (row.overdue) reasons.push('overdue');
      if (r?.triage_handed_back === 1) reasons.push('handedBack');
      if (
        row.teams.some(
          (t) =>
            !t.handedBack && t.stage !== 'resolved' && uncovered.has(`${t.team},${row.siteId}`),
        )
      )
        reasons.push('noTeam');
      if (r?.triage_session === 1) reasons.push('sessionMissing');
      return { ...row, reasons, waitingSince: r?.triage_waiting_day ?? null };
    }),
    total: counts[query.reason],
    counts,
  };
}

/** The middle office's badge: cases waiting for a routing decision (handed back, no team, not accepted in time). */
export function triageBadge(db: Db, now: number, acceptDays: number): number {
  const p = params(db, now, acceptDays);
  return (
    db
      .prepare(
        `SELECT COUNT(*) AS n FROM (
           SELECT c.case_id FROM cases c WHERE ${WHERE.handedBack}
           UNION SELECT c.case_id FROM cases c WHERE ${WHERE.noTeam}
           UNION SELECT c.case_id FROM cases c WHERE ${WHERE.unaccepted})`,
      )
      .get(p) as { n: number }
  ).n;
}
