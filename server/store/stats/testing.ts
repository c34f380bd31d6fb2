import type { Db } from '../../db/open';
import { issueCode } from '../codes';
import { enrollDevice, type AuthedDevice } from '../devices';
import { applyPush } from '../records';
import { addSite } from '../sites';
import { recordTeamEvent, type TeamEventRequest } from '../team-cases';
import type { TeamCaseEvent } from '../../../shared/cases/events';
import type { StreetId } from '../../../shared/sites';

/**
 * Helpers for the statistics' store tests (and the ingest bench): rooms, kiosks that push with
 * their own increasing seqs, and team events through the hub's own path.
 */

export function addRoom(db: Db, street: StreetId, now: number): string {
  return addSite(db, { street, roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '一楼' } }, now)
    .siteId;
}

export interface PushingKiosk {
  device: AuthedDevice;
  /** Push records as one batch (seqs increase per kiosk); returns each ack's status. */
  push(records: readonly unknown[], now: number): string[];
}

export function kioskAt(db: Db, siteId: string, now: number): PushingKiosk {
  const { code } = issueCode(db, siteId, 3600_000, now);
  const device = { id: enrollDevice(db, code, null, now, 0).deviceId, siteId };
  let seq = 0;
  return {
    device,
    push(records, at) {
      const time = new Date(at).toISOString();
      return applyPush(
        db,
        records.map((record) => ({ seq: ++seq, record, kioskTime: time })),
        { device, now: at, offsetMs: 0 },
      ).map((a) => a.status);
    },
  };
}

/** A team's event through the hub's team path (as the team API and the CLI write it). */
export function postTeamEvent(db: Db, event: TeamCaseEvent, now: number): string {
  return recordTeamEvent(db, { service: event.team, teamId: null }, event.caseId, teamEventRequest(event), now)
    .status;
}

/** Every figure, rooms and district, as sorted text: equal text, equal figures. */
export function figuresText(db: Db): string {
  return JSON.stringify(
    db
      .prepare(
        'SELECT scope, month, measure, d1, d2, n FROM stats_monthly WHERE n <> 0 ORDER BY scope, month, measure, d1, d2',
      )
      .raw()
      .all(),
  );
}

/** The team API's request body for a team event (a hand-back is the console's, not the API's). */
export function teamEventRequest(event: TeamCaseEvent): TeamEventRequest {
  const base = { id: event.id, at: event.createdAt };
  switch (event.type) {
    case 'teamAccepted':
      return { ...base, type: event.type };
    case 'teamProgress':
      return { ...base, type: event.type, note: event.note };
    case 'teamResolved':
      return { ...base, type: event.type, result: event.result };
    case 'teamHandedBack':
      throw new Error('the team API has no hand-back; the console writes it');
  }
}
