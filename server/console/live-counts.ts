import type { Db } from '../db/open';
import type { Account } from './accounts';
import { streetFilter, TEAM_VIEW_WHERE } from './case-lists';
import { triageBadge } from './triage-lists';
import { shanghaiDay } from './time';
import { isoTime } from '../clock';
import { canUse } from '../../shared/console/access';
import type { TeamView } from '../../shared/console/requests';
import type { LiveCounts } from '../../shared/console/views';

/**
 * The navigation's badges in the caller's scope. A team member: cases routed and not yet
 * accepted (new) and its open cases past their due date. Everyone who reads cases: cases opened
 * today and open cases past their due date, district-wide or in their street.
 */
export function liveCounts(db: Db, account: Account, now: number, acceptDays: number): LiveCounts {
  const today = shanghaiDay(now);
  if (account.role === 'team-member') {
    const params: Record<string, unknown> = { team: account.scope.service, today };
    const streets = streetFilter(account, params);
    const count = (view: TeamView) =>
      (
        db
          .prepare(
            `SELECT COUNT(*) AS n FROM case_teams t
             WHERE t.team = @team ${streets} AND ${TEAM_VIEW_WHERE[view]}`,
          )
          .get(params) as { n: number }
      ).n;
    return { fresh: count('new'), overdue: count('overdue'), triage: null, at: isoTime(now) };
  }
  const params: Record<string, unknown> = { today };
  let scope = '';
  if (account.role === 'street-office') {
    params.street = account.scope.street;
    scope = 'AND c.site_id IN (SELECT id FROM sites WHERE street = @street)';
  }
  const count = (where: string) =>
    (
      db.prepare(`SELECT COUNT(*) AS n FROM cases c WHERE ${where} ${scope}`).get(params) as {
        n: number;
      }
    ).n;
  return {
    fresh: count(`c.opened_at >= @today`),
    overdue: count(`c.open_due < @today`),
    triage: canUse('triage.list', account.role) ? triageBadge(db, now, acceptDays) : null,
    at: isoTime(now),
  };
}
