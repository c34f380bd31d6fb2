import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { describeIssues } from '../store/records';
import { caseEvents, insertCaseEvent, refreshCase } from '../store/cases';
import type { Account } from './accounts';
import { actorOf } from './request-context';
import { auditCaseEvent } from './audit';
import { caseScopeInfo } from './case-scope';
import { ConsoleRefusal } from './refusal';
import { storedResend } from './resend';
import { shanghaiIso } from './time';
import { deriveCase } from '../../shared/cases/derive';
import { OfficeCaseEvent, type CaseEvent } from '../../shared/cases/events';
import { HUB_DEVICE } from '../../shared/cases/fields';
import type { OfficeActionRequest } from '../../shared/console/requests';

/**
 * The middle office's actions from the triage queue (中台 分类流转): re-route, a new due date, the
 * joint session's time, a note. Each is an office event in the case's append-only history,
 * stored with the console account that wrote it, audited and published to the case's site in
 * one transaction, so the desk sees it after its next pull, exactly once (like team actions,
 * server/console/team-actions.ts).
 *
 * Two dispatchers at once: every action but a note names how many events the case had when the
 * dispatcher read it; if the case gained any since (a team accepted, the other dispatcher
 * re-routed), it is refused with `case_changed` and the console shows the case as it now is with
 * the form still filled in. Nothing is applied on an old picture, and nothing typed is lost.
 */
export interface OfficeActionOutcome {
  status: 'stored' | 'duplicate';
  event: CaseEvent;
}

export function recordOfficeAction(
  db: Db,
  account: Account,
  caseId: string,
  request: OfficeActionRequest,
  address: string,
  now: number,
): OfficeActionOutcome {
  const { seenEvents, ...fields } = { seenEvents: null, ...request };
  const parsed = OfficeCaseEvent.safeParse({
    ...fields,
    kind: 'caseEvent',
    caseId,
    createdAt: shanghaiIso(now),
    deviceId: HUB_DEVICE,
    actor: { kind: 'office', id: account.id },
  });
  if (!parsed.success)
    throw new ConsoleRefusal('bad_request', describeIssues(parsed.error, 'event'));
  const event = parsed.data;
  return db
    .transaction((): OfficeActionOutcome => {
      const resent = storedResend(db, event, caseId);
      if (resent) return { status: 'duplicate', event: resent };
      const target = caseScopeInfo(db, caseId);
      const events = caseEvents(db, caseId);
      if (!target || events.length === 0) throw new ConsoleRefusal('not_found', 'no such case');
      refuseIfStale(event, events, seenEvents);
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
      refreshCase(db, caseId, target.siteId, now);
      auditCaseEvent(db, actorOf(account), caseId, event, address, now);
      return { status: 'stored', event };
    })
    .immediate();
}

/** What cannot follow the case as it now is: refused with a fixed code, nothing stored. */
function refuseIfStale(
  event: OfficeCaseEvent,
  events: readonly CaseEvent[],
  seenEvents: number | null,
): void {
  if (event.type === 'officeNote') return;
  if (seenEvents !== events.length)
    throw new ConsoleRefusal('case_changed', 'the case gained events since it was read');
  const view = deriveCase(events);
  if (view.status === 'closed') throw new ConsoleRefusal('case_closed', 'the case is closed');
  if (event.type === 'rerouted') return;
  if (view.status !== 'awaitingTeams')
    throw new ConsoleRefusal('case_not_waiting', 'no work waits for a team');
  const teams = view.teams.filter((t) => t.routed && !t.released);
  if (event.type === 'sessionScheduled' && teams.length < 2)
    throw new ConsoleRefusal('not_joint', 'a group session needs two teams or more');
}
