import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { describeIssues } from '../store/records';
import { findCase, insertCaseEvent, refreshCase } from '../store/cases';
import type { Account } from './accounts';
import { auditCaseEvent } from './audit';
import { caseScopeInfo } from './case-scope';
import { ConsoleRefusal } from './refusal';
import { storedResend } from './resend';
import { shanghaiIso } from './time';
import { TeamCaseEvent, type CaseEvent } from '../../shared/cases/events';
import { HUB_DEVICE } from '../../shared/cases/fields';
import type { TeamActionRequest } from '../../shared/console/requests';

/**
 * A team member's action from the workbench, stored as the team event it is (accept, progress,
 * resolve with the result, hand back with a reason), so it joins the case's history and reaches
 * the case's site in the pull feed exactly as the teams' token API's updates do
 * (server/store/team-cases.ts): append-only, keyed by the id the console made.
 *
 * Two members at once: each action is its own event, so two acceptances or two notes are both
 * kept and both shown. Only what cannot follow is refused, after the first one committed: an
 * action after the team resolved the case (`case_resolved_already`) or handed it back
 * (`case_handed_back`). The console then shows the case as it now is, with the refused words
 * still in the form, so nothing anyone typed is lost.
 */
export interface TeamActionOutcome {
  status: 'stored' | 'duplicate';
  event: CaseEvent;
}

/**
 * `deferRefresh`: the caller writes many actions in one transaction and re-derives each case it
 * collects here once at the end, in that same transaction (the demo generator at 200,000 cases);
 * the checks below still read the case with every earlier action in it.
 */
export function recordConsoleTeamAction(
  db: Db,
  account: Account,
  caseId: string,
  request: TeamActionRequest,
  address: string,
  now: number,
  deferRefresh?: Map<string, string>,
): TeamActionOutcome {
  const service = account.scope.service;
  if (service === null) throw new ConsoleRefusal('forbidden', 'not a team member');
  const parsed = TeamCaseEvent.safeParse({
    ...request,
    kind: 'caseEvent',
    caseId,
    createdAt: shanghaiIso(now),
    deviceId: HUB_DEVICE,
    actor: { kind: 'team', id: service },
    team: service,
  });
  if (!parsed.success)
    throw new ConsoleRefusal('bad_request', describeIssues(parsed.error, 'event'));
  const event = parsed.data;
  const actor = { accountId: account.id, username: account.username, role: account.role };
  return db
    .transaction((): TeamActionOutcome => {
      const resent = storedResend(db, event, caseId);
      if (resent) return { status: 'duplicate', event: resent };
      const target = caseScopeInfo(db, caseId);
      const view = findCase(db, caseId);
      const mine = view?.teams.find((t) => t.team === service && (t.routed || t.homeVisit));
      if (!target || !view || !mine)
        throw new ConsoleRefusal('not_found', 'no such case for this team');
      if (mine.stage === 'resolved')
        throw new ConsoleRefusal('case_resolved_already', 'the team already resolved this case');
      if (mine.handedBack !== null)
        throw new ConsoleRefusal('case_handed_back', 'the team handed this case back');
      insertCaseEvent(
        db,
        event,
        { siteId: target.siteId, pushedBy: null, teamId: null },
        JSON.stringify(event),
        now,
      );
      statement(db, 'UPDATE case_events SET account_id = ? WHERE event_id = ?').run(
        account.id,
        event.id,
      );
      if (deferRefresh) deferRefresh.set(caseId, target.siteId);
      else refreshCase(db, caseId, target.siteId, now);
      auditCaseEvent(db, actor, caseId, event, address, now);
      return { status: 'stored', event };
    })
    .immediate();
}
