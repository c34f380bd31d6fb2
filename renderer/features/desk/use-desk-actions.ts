import { useMemo } from 'react';
import { useKiosk } from '../../app/kiosk-context';
import { recordCaseEvent, recordWalkIn } from '../../db/cases';
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
    const envelope = (caseId: string, now: Date, actorId: string) => ({
      id: uuidv7(now.getTime()),
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
