import type { Db } from '../db/open';
import { isoTime } from '../clock';
import { listDevices } from '../store/devices';
import { pendingCodes } from '../store/codes';
import { currentRota, listRooms, siteRetiredAt, type RoomRecord } from '../store/sites';
import { ConsoleRefusal } from './refusal';
import { ThemeActivity } from '../../shared/sync/content';
import { shanghaiMonth } from '../../shared/stats/month';
import { shanghaiWeek } from '../../shared/console/week';
import type { StreetId } from '../../shared/sites';
import type { DeviceList, RoomDetail, RoomRow } from '../../shared/console/rooms';

/**
 * The console's views of the rooms, built from the same store functions the hub's CLI uses
 * (server/store/sites.ts, devices.ts, codes.ts, volunteers.ts). Nothing personal: room settings,
 * the published rota (names of duty staff are published on purpose, like the paper rota),
 * volunteer names as the desk shows them, kiosks and codes.
 */
function countBySite(db: Db, sql: string): Map<string, number> {
  const rows = db.prepare(sql).all() as { site_id: string; n: number }[];
  return new Map(rows.map((r) => [r.site_id, r.n]));
}

function rowOf(room: RoomRecord, devices: Map<string, number>, volunteers: Map<string, number>) {
  const id = room.settings.siteId;
  return {
    settings: room.settings,
    retiredAt: room.retiredAt === null ? null : isoTime(room.retiredAt),
    devices: devices.get(id) ?? 0,
    volunteers: volunteers.get(id) ?? 0,
  } satisfies RoomRow;
}

const ACTIVE_DEVICES =
  'SELECT site_id, COUNT(*) AS n FROM devices WHERE revoked_at IS NULL GROUP BY site_id';
const ACTIVE_VOLUNTEERS =
  'SELECT site_id, COUNT(*) AS n FROM volunteers WHERE active = 1 GROUP BY site_id';

export function roomRows(db: Db, street: StreetId | null): RoomRow[] {
  const devices = countBySite(db, ACTIVE_DEVICES);
  const volunteers = countBySite(db, ACTIVE_VOLUNTEERS);
  return listRooms(db, street).map((r) => rowOf(r, devices, volunteers));
}

export function roomRow(db: Db, siteId: string): RoomRow {
  const room = listRooms(db, null).find((r) => r.settings.siteId === siteId);
  if (!room) throw new ConsoleRefusal('not_found', 'no such room');
  return rowOf(room, countBySite(db, ACTIVE_DEVICES), countBySite(db, ACTIVE_VOLUNTEERS));
}

export function roomDetail(db: Db, siteId: string, now: number): RoomDetail {
  const month = shanghaiMonth(now);
  const themes = (
    db
      .prepare(
        "SELECT body FROM changes WHERE kind = 'theme' AND site_id = ? AND key >= ? ORDER BY key",
      )
      .all(siteId, month) as { body: string }[]
  ).map((r) => ThemeActivity.parse(JSON.parse(r.body)));
  return {
    room: roomRow(db, siteId),
    rota: currentRota(db, siteId),
    themes,
    month,
    week: shanghaiWeek(now),
  };
}

/** Refuse a change to a retired room (it keeps its history, it takes nothing new). */
export function assertRunning(db: Db, siteId: string): void {
  if (siteRetiredAt(db, siteId) !== null)
    throw new ConsoleRefusal('room_retired', 'this room was retired');
}

export function deviceList(db: Db, siteId: string, now: number): DeviceList {
  const iso = (ms: number | null) => (ms === null ? null : isoTime(ms));
  return {
    devices: listDevices(db)
      .filter((d) => d.siteId === siteId)
      .map((d) => ({
        id: d.id,
        label: d.label,
        enrolledAt: isoTime(d.enrolledAt),
        revokedAt: iso(d.revokedAt),
        lastSeen: iso(d.lastSeen),
        clockOffsetMs: d.lastOffsetMs,
        recordsReceived: d.recordsReceived,
        pendingRecords: d.pendingRecords,
        appVersion: d.appVersion,
        rendererVersion: d.rendererVersion,
      })),
    codes: pendingCodes(db, now)
      .filter((c) => c.siteId === siteId)
      .map((c) => ({ code: c.code, expiresAt: iso(c.expiresAt), reusable: c.reusable })),
  };
}
