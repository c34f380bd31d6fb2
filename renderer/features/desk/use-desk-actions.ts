import { useMemo } from 'react';
import { useKiosk } from '../../app/kiosk-context';
import { recordCaseEvent, recordCaseEvents, recordWalkIn } from '../../db/cases';
import type { SaveResult } from '../../db/records';
import { requestSync } from '../../sync/sync-signal';
import { uuidv7 } from '../../../shared/ids';
import { localIso } from '../../../shared/records/ticket';
import type { CaseView } from '../../../shared/cases/derive';
import type { EventOf, KioskCaseEvent } from '../../../shared/cases/events';
import type { Ticket } from '../../../shared/cases/fields';
import { useDesk } from './desk-store';

type Envelope = 'id' | 'kind' | 'caseId' | 'createdAt' | 'deviceId' | 'actor' | 'type';
export type EventBody<T extends KioskCaseEvent['type']> = Omit<EventOf<T>, Envelope>;

/**
 * Every desk action becomes one event saying who (the unlocked volunteer, or the one who handed
 * the rating over), when (this kiosk's clock) and on which device. Saved locally first; the sync
 * loop tells the hub.
 */
export function useDeskActions() {
  const { records } = useKiosk();
  return useMemo(() => {
    // `step` orders events written in one go: same time (to the second), ids a millisecond apart.
    const envelope = (caseId: string, now: Date, actorId: string, step = 0) => ({
      id: uuidv7(now.getTime() + step),
      kind: 'caseEvent' as const,
      caseId,
      createdAt: localIso(now),
      deviceId: useDesk.getState().deviceId,
      actor: { kind: 'volunteer' as const, id: actorId },
    });
    const actorId = (explicit?: string) => explicit ?? useDesk.getState().volunteer?.id;
    const done = (result: SaveResult<CaseView>) => {
      if (result.ok) requestSync('record-created');
      return result;
    };

    return {
      async record<T extends KioskCaseEvent['type']>(
        caseId: string,
        type: T,
        body: EventBody<T>,
        options: { actor?: string } = {},
      ): Promise<SaveResult<CaseView>> {
        const actor = actorId(options.actor);
        if (!actor) return { ok: false, error: 'invalid' };
        const now = new Date();
        // TypeScript cannot pair a generic type with its body; recordCaseEvent parses it anyway.
        const event = {
          ...envelope(caseId, now, actor),
          type,
          ...body,
        } as unknown as KioskCaseEvent;
        return done(await recordCaseEvent(records, event, now));
      },
      /**
       * 信息反馈 and 办结 at once: the report, and the close that names it, in one transaction.
       * The close sorts right after its report (never before: a report after a close is ignored).
       */
      async reportAndClose(
        caseId: string,
        report: EventBody<'resultReported'>,
      ): Promise<SaveResult<CaseView>> {
        const actor = actorId();
        if (!actor) return { ok: false, error: 'invalid' };
        const now = new Date();
        const reported = {
          ...envelope(caseId, now, actor),
          type: 'resultReported' as const,
          ...report,
        };
        const closed = {
          ...envelope(caseId, now, actor, 1),
          type: 'closed' as const,
          reportedEventId: reported.id,
        };
        return done(await recordCaseEvents(records, [reported, closed], now));
      },
      /** A walk-in's registration, with the day's next desk number. */
      async registerWalkIn(
        body: (ticket: Ticket) => EventBody<'registered'>,
      ): Promise<SaveResult<CaseView>> {
        const actor = actorId();
        if (!actor) return { ok: false, error: 'invalid' };
        const now = new Date();
        const caseId = uuidv7(now.getTime());
        return done(
          await recordWalkIn(
            records,
            (ticket) => ({
              ...envelope(caseId, now, actor),
              type: 'registered' as const,
              ...body(ticket),
            }),
            now,
          ),
        );
      },
    };
  }, [records]);
}
