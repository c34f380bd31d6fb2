import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll, seedSite, snapshot, startTestHub, type TestHub } from '../server/testing/test-hub';
import { hubCli } from '../server/testing/hub-cli';
import {
  consoleClient,
  seedAccount,
  TEST_PASSWORD,
  type ConsoleClient,
} from '../server/console/testing/console-client';
import { findSite } from '../server/store/sites';
import { apiPath } from '../shared/console/access';
import { API_PATHS, KIOSK_REPORT_HEADERS, PullResponse } from '../shared/sync/protocol';
import { RoomDetail, DeviceList, VolunteerList, RoomList } from '../shared/console/rooms';
import type { Rota } from '../shared/sync/content';

/**
 * Running the rooms over real HTTP against a real hub and SQLite file: what a street office
 * changes reaches its kiosks' pull feed; another street's room, a malformed form and an
 * oversized field are refused with a clear code and change nothing; a PIN is never answered,
 * stored or logged in plain; retiring a room stops its kiosks and codes; the CLI still works on
 * the same database.
 */
let hub: TestHub;
let street: ConsoleClient;
let admin: ConsoleClient;
let siteId: string;
let code: string;
let tianping: string;

const ROTA: Rota = {
  entries: [
    { weekday: 1, start: '09:00', end: '12:00', service: 'lawyer', who: '志愿律师 孙律师' },
    { weekday: 3, start: '14:00', end: '16:00', service: 'mediation', who: '人民调解员 周老师' },
  ],
};

beforeAll(async () => {
  hub = await startTestHub({ console: { loginRateLimit: { max: 10_000, timeWindow: 60_000 } } });
  ({ siteId, code } = seedSite(hub));
  await seedAccount(hub.db, 'xujiahui', 'street-office', { street: 'xujiahui' });
  await seedAccount(hub.db, 'admin', 'district-admin');
  street = consoleClient(() => hub.url);
  admin = consoleClient(() => hub.url);
  expect((await street.login('xujiahui', TEST_PASSWORD)).status).toBe(200);
  expect((await admin.login('admin', TEST_PASSWORD)).status).toBe(200);
  const created = await admin.post(apiPath('rooms.create'), {
    street: 'tianping',
    roomName: { 'zh-CN': '天平路街道公共法律服务客厅' },
    address: { 'zh-CN': '天平路 1 号' },
  });
  expect(created.status).toBe(201);
  tianping = (created.body as { room: { settings: { siteId: string } } }).room.settings.siteId;
});
afterAll(() => hub?.close());

describe('a street office runs its rooms', () => {
  it('lists only its own street', async () => {
    const list = RoomList.parse((await street.get(apiPath('rooms.list'))).body);
    expect(list.rooms.map((r) => r.settings.siteId)).toEqual([siteId]);
    const all = RoomList.parse((await admin.get(apiPath('rooms.list'))).body);
    expect(all.rooms.map((r) => r.settings.siteId).sort()).toEqual([tianping, siteId].sort());
  });

  it('publishes a rota its kiosk then pulls', async () => {
    const kiosk = await enroll(hub, code);
    const res = await street.post(apiPath('rooms.rota', { siteId }), ROTA);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: true });
    const detail = RoomDetail.parse((await street.get(apiPath('rooms.read', { siteId }))).body);
    expect(detail.rota).toEqual(ROTA);
    const pulled = await fetch(`${hub.url}${API_PATHS.pull}?cursor=0`, { headers: kiosk.headers });
    const feed = PullResponse.parse(await pulled.json());
    expect(feed.changes.find((c) => c.kind === 'rota')?.body).toEqual(ROTA);
    // The same again is no change: kiosks are not churned.
    expect((await street.post(apiPath('rooms.rota', { siteId }), ROTA)).body).toEqual({
      changed: false,
    });
  });

  it('renames the room and sets its X services', async () => {
    const site = findSite(hub.db, siteId);
    const next = {
      ...site,
      roomName: { 'zh-CN': '徐家汇客厅（新址）', en: 'Xujiahui living room (new)' },
      xServices: [{ id: 'x:elder-rights', name: { 'zh-CN': '老年维权', en: 'Elder rights' } }],
    };
    expect((await street.post(apiPath('rooms.update', { siteId }), next)).status).toBe(200);
    expect(findSite(hub.db, siteId)?.roomName['zh-CN']).toBe('徐家汇客厅（新址）');
  });

  it('adds a volunteer and resets the PIN without the PIN ever leaving the hub in plain', async () => {
    const add = await street.post(apiPath('rooms.volunteerAdd', { siteId }), {
      id: 'wang',
      name: '王志愿者',
      pin: '482913',
      pinAgain: '482913',
    });
    expect(add.status).toBe(201);
    const reset = await street.post(
      apiPath('rooms.volunteerPin', { siteId, volunteerId: 'wang' }),
      {
        pin: '739164',
        pinAgain: '739164',
      },
    );
    expect(reset.status).toBe(200);
    const list = VolunteerList.parse(
      (await street.get(apiPath('rooms.volunteers', { siteId }))).body,
    );
    expect(list.volunteers.map((v) => v.id)).toEqual(['wang']);
    const differ = await street.post(apiPath('rooms.volunteerAdd', { siteId }), {
      id: 'li',
      name: '李志愿者',
      pin: '1234',
      pinAgain: '1235',
    });
    expect(differ.status).toBe(400);
    const everything = `${snapshot(hub.db)}${hub.logText()}${JSON.stringify(
      hub.db.prepare('SELECT * FROM audit_log').all(),
    )}${add.text}${reset.text}`;
    for (const pin of ['482913', '739164']) expect(everything).not.toContain(pin);
    const dup = await street.post(apiPath('rooms.volunteerAdd', { siteId }), {
      id: 'wang',
      name: '又一个王',
      pin: '1111',
      pinAgain: '1111',
    });
    expect(dup.body).toMatchObject({ error: 'volunteer_exists' });
  });

  it('issues a code, shows it with the kiosks, and revokes it', async () => {
    const issued = await street.post(apiPath('rooms.codeIssue', { siteId }), { hours: 24 });
    expect(issued.status).toBe(201);
    const { code: fresh } = (issued.body as { code: { code: string } }).code;
    let list = DeviceList.parse((await street.get(apiPath('rooms.devices', { siteId }))).body);
    expect(list.codes.map((c) => c.code)).toContain(fresh);
    expect(list.devices).toHaveLength(1);
    const audit = JSON.stringify(hub.db.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(fresh);
    const revoked = await street.post(apiPath('rooms.codeRevoke', { siteId, code: fresh }), {});
    expect(revoked.status).toBe(200);
    list = DeviceList.parse((await street.get(apiPath('rooms.devices', { siteId }))).body);
    expect(list.codes.map((c) => c.code)).not.toContain(fresh);
    const enrollWithIt = await fetch(hub.url + API_PATHS.enroll, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: fresh,
        credential: 'x'.repeat(43),
        kioskTime: new Date(hub.clock.ms).toISOString(),
      }),
    });
    expect(enrollWithIt.status).toBe(410);
  });
});

describe('what kiosks report', () => {
  it('shows each kiosk its versions and waiting records from its last pull; a bad report is refused', async () => {
    const { code: fresh } = (
      (await street.post(apiPath('rooms.codeIssue', { siteId }), { hours: 1 })).body as {
        code: { code: string };
      }
    ).code;
    const kiosk = await enroll(hub, fresh);
    const pull = (extra: Record<string, string>) =>
      fetch(`${hub.url}${API_PATHS.pull}?cursor=0`, { headers: { ...kiosk.headers, ...extra } });
    const report = {
      [KIOSK_REPORT_HEADERS.app]: '0.1.0',
      [KIOSK_REPORT_HEADERS.renderer]: '0.1.3',
      [KIOSK_REPORT_HEADERS.pending]: '7',
    };
    expect((await pull(report)).status).toBe(200);
    const seen = () => street.get(apiPath('rooms.devices', { siteId }));
    let list = DeviceList.parse((await seen()).body);
    expect(list.devices.find((d) => d.id === kiosk.deviceId)).toMatchObject({
      appVersion: '0.1.0',
      rendererVersion: '0.1.3',
      pendingRecords: 7,
    });
    const before = snapshot(hub.db);
    expect((await pull({ [KIOSK_REPORT_HEADERS.pending]: 'many' })).status).toBe(400);
    expect((await pull({ [KIOSK_REPORT_HEADERS.app]: '<script>' })).status).toBe(400);
    expect(snapshot(hub.db)).toBe(before);
    // An older kiosk that says nothing keeps what was last reported.
    expect((await pull({})).status).toBe(200);
    list = DeviceList.parse((await seen()).body);
    expect(list.devices.find((d) => d.id === kiosk.deviceId)?.pendingRecords).toBe(7);
  });
});

describe('bad input gets a clear refusal and changes nothing', () => {
  const refused = async (
    res: Promise<{ status: number; body: unknown }>,
    status: number,
    error: string,
  ) => {
    const before = snapshot(hub.db);
    const answer = await res;
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error });
    expect(snapshot(hub.db)).toBe(before);
  };

  it('another street: its room, a room added there', async () => {
    await refused(
      street.post(apiPath('rooms.rota', { siteId: tianping }), ROTA),
      403,
      'out_of_scope',
    );
    await refused(street.get(apiPath('rooms.read', { siteId: tianping })), 403, 'out_of_scope');
    await refused(
      street.post(apiPath('rooms.create'), {
        street: 'tianping',
        roomName: { 'zh-CN': '越界的客厅' },
        address: { 'zh-CN': '某处' },
      }),
      403,
      'out_of_scope',
    );
  });

  it('malformed forms and oversized fields', async () => {
    const bad = (entries: unknown) => street.post(apiPath('rooms.rota', { siteId }), { entries });
    await refused(bad([{ ...ROTA.entries[0], start: '12:00', end: '09:00' }]), 400, 'bad_request');
    await refused(bad([{ ...ROTA.entries[0], weekday: 8 }]), 400, 'bad_request');
    await refused(bad([{ ...ROTA.entries[0], who: '长'.repeat(61) }]), 400, 'bad_request');
    await refused(
      street.post(apiPath('rooms.rota', { siteId }), null, { raw: '{"entries": [' }),
      400,
      'bad_request',
    );
    await refused(
      street.post(apiPath('rooms.theme', { siteId }), {
        month: '2026-12',
        title: { 'zh-CN': '主题', en: 'Theme' },
        date: '2027-01-05',
        place: { 'zh-CN': '大厅', en: 'Hall' },
      }),
      400,
      'bad_request',
    );
    await refused(
      street.post(apiPath('rooms.codeIssue', { siteId }), { hours: 24 * 31 }),
      400,
      'bad_request',
    );
    await refused(
      street.post(apiPath('rooms.volunteerAdd', { siteId }), {
        id: 'ab',
        name: '名',
        pin: '12',
        pinAgain: '12',
      }),
      400,
      'bad_request',
    );
    await refused(
      street.post(apiPath('rooms.update', { siteId }), {
        ...findSite(hub.db, siteId),
        roomName: { 'zh-CN': '长'.repeat(201), en: 'x' },
      }),
      400,
      'bad_request',
    );
    await refused(street.get(apiPath('rooms.read', { siteId: 'no-such-room' })), 404, 'not_found');
  });
});

describe('retiring a room', () => {
  it('revokes its kiosks and codes, refuses further changes, keeps the room listed', async () => {
    const issued = await admin.post(apiPath('rooms.codeIssue', { siteId: tianping }), { hours: 2 });
    const { code: pending } = (issued.body as { code: { code: string } }).code;
    const kiosk = await enroll(hub, pending);
    const again = await admin.post(apiPath('rooms.codeIssue', { siteId: tianping }), { hours: 2 });
    expect(again.status).toBe(201);
    expect((await admin.post(apiPath('rooms.retire', { siteId: tianping }), {})).status).toBe(200);
    const pulled = await fetch(`${hub.url}${API_PATHS.pull}?cursor=0`, { headers: kiosk.headers });
    expect(pulled.status).toBe(403);
    const list = DeviceList.parse(
      (await admin.get(apiPath('rooms.devices', { siteId: tianping }))).body,
    );
    expect(list.codes).toEqual([]);
    expect(list.devices.every((d) => d.revokedAt !== null)).toBe(true);
    const rota = await admin.post(apiPath('rooms.rota', { siteId: tianping }), ROTA);
    expect(rota.body).toMatchObject({ error: 'room_retired' });
    const rooms = RoomList.parse((await admin.get(apiPath('rooms.list'))).body);
    expect(rooms.rooms.find((r) => r.settings.siteId === tianping)?.retiredAt).not.toBeNull();
  });
});

describe('the CLI keeps working beside the console', () => {
  it('lists the sites and issues a code on the same database', () => {
    const list = hubCli(hub.dataDir, ['site', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toContain(siteId);
    expect(hubCli(hub.dataDir, ['code', 'issue', '--site', siteId, '--ttl', '1h']).code).toBe(0);
    const retired = hubCli(hub.dataDir, ['code', 'issue', '--site', tianping]);
    expect(retired.code).toBe(2);
    expect(retired.err).toContain('retired');
  });
});
