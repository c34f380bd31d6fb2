import { z } from 'zod';
import { CaseEvent } from './events';
import { RecordId } from './fields';

/** Most events one `case` change may carry (a case rarely has more than a dozen). */
export const CASE_UPDATE_EVENTS_MAX = 500;

/**
 * The body of a `case` change in a pull (`CaseUpdateOutline` in shared/sync/content.ts is its
 * loose outline): the case's whole history as the hub has it. The latest change per case replaces the
 * earlier ones in the hub's feed, so every change carries every event; the kiosk adds the ones it
 * lacks (events are immutable and keyed by id, so adding twice changes nothing).
 */
export const CaseUpdateBody = z.looseObject({
  caseId: RecordId,
  status: z.string().min(1).max(32),
  events: z.array(z.unknown()).max(CASE_UPDATE_EVENTS_MAX),
});

export interface CaseUpdateRead {
  caseId: string;
  events: CaseEvent[];
  /** Events this kiosk could not read (a newer hub, or a damaged one); skipped, never fatal. */
  skipped: number;
}

/** Read a `case` change body; null if it is not one. Events of another case are skipped. */
export function readCaseUpdate(body: unknown): CaseUpdateRead | null {
  const parsed = CaseUpdateBody.safeParse(body);
  if (!parsed.success) return null;
  const events: CaseEvent[] = [];
  let skipped = 0;
  for (const raw of parsed.data.events) {
    const event = CaseEvent.safeParse(raw);
    if (event.success && event.data.caseId === parsed.data.caseId) events.push(event.data);
    else skipped += 1;
  }
  return { caseId: parsed.data.caseId, events, skipped };
}
