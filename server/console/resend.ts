import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { ConsoleRefusal } from './refusal';
import type { CaseEvent } from '../../shared/cases/events';

/**
 * The event a console action already stored under this id, or null. The console makes the id
 * when a form opens, so a re-send (the answer was lost) finds its first copy and is stored once.
 * The hub's clock dated the first one, so everything but the time must match; anything else under
 * the same id is refused.
 */
export function storedResend(db: Db, event: CaseEvent, caseId: string): CaseEvent | null {
  const known = statement(db, 'SELECT body, case_id FROM case_events WHERE event_id = ?').get(
    event.id,
  ) as { body: string; case_id: string } | undefined;
  if (!known) return null;
  const first = JSON.parse(known.body) as CaseEvent;
  const { createdAt: _a, ...before } = first;
  const { createdAt: _b, ...again } = event;
  if (known.case_id !== caseId || JSON.stringify(before) !== JSON.stringify(again))
    throw new ConsoleRefusal('event_id_reused', 'this event id was used for another event');
  return first;
}
