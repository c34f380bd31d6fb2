import type { Db } from '../../db/open';
import { issueCode } from '../../store/codes';
import { enrollDevice } from '../../store/devices';
import { applyPush } from '../../store/records';
import { addSite } from '../../store/sites';
import { kioskIso } from '../../demo/scenario';
import { uuidv7 } from '../../../shared/ids';
import type { ServiceId } from '../../../shared/catalogue/ids';
import type { StreetId } from '../../../shared/sites';
import { CURRENT_CONSENT_VERSION } from '../../../shared/records/consent';

/** A room in a street and a kiosk enrolled there, for console tests. */
export function seedRoom(db: Db, street: StreetId, now: number) {
  const site = addSite(db, { street, roomName: { 'zh-CN': `${street} 客厅` }, address: { 'zh-CN': '一楼' } }, now);
  const { code } = issueCode(db, site.siteId, 3600_000, now);
  const device = enrollDevice(db, code, 'test kiosk', now, 0);
  return { siteId: site.siteId, device: { id: device.deviceId, siteId: site.siteId }, seq: 0 };
}

/**
 * A walk-in registered with the resident's consent and phone, routed to `teams`, pushed through
 * the push route's store function as a kiosk would. Returns the case id.
 */
export function seedRoutedCase(
  db: Db,
  room: ReturnType<typeof seedRoom>,
  teams: ServiceId[],
  now: number,
  phone = '13912345678',
  dueInDays = 5,
): string {
  const caseId = uuidv7(now);
  const actor = { kind: 'volunteer' as const, id: 'demo-zhang' };
  const at = (ms: number) => ({ createdAt: kioskIso(ms), deviceId: room.device.id, actor, kind: 'caseEvent' as const, caseId });
  const ticket = { number: `W-${String((room.seq % 900) + 1).padStart(3, '0')}`, day: kioskIso(now).slice(0, 10) };
  const consent = { version: CURRENT_CONSENT_VERSION, general: true, sensitive: null, at: kioskIso(now) };
  const records = [
    {
      ...at(now),
      id: uuidv7(now),
      type: 'registered',
      source: { from: 'walkIn', ticket },
      resident: { surname: '王', salutation: 'ms', phone },
      matter: '邻居装修噪音纠纷，多次协商不成',
      category: teams[0],
      urgency: 'urgent',
      focusGroups: [],
      homeVisit: null,
      consent: { ...consent, from: 'desk' },
    },
    {
      ...at(now + 1000),
      id: uuidv7(now + 1000),
      type: 'routed',
      teams,
      dueDate: kioskIso(now + dueInDays * 24 * 3600_000).slice(0, 10),
      jointSession: null,
    },
  ];
  const batch = records.map((record) => ({ seq: ++room.seq, kioskTime: record.createdAt, record }));
  const acks = applyPush(db, batch, { device: room.device, now, offsetMs: 0 });
  if (acks.some((a) => a.status !== 'stored')) throw new Error(`seed refused: ${JSON.stringify(acks)}`);
  return caseId;
}
