import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enroll,
  kioskPusher,
  kioskTime,
  postJson,
  seedSite,
  seedTianlin,
  snapshot,
  startTestHub,
  type Kiosk,
  type TestHub,
} from '../server/testing/test-hub';
import { findRecord } from '../server/store/records';
import { markDeviceLost } from '../server/store/device-wipe';
import { deviceState, listDevices } from '../server/store/devices';
import { API_PATHS, KIOSK_TIME_HEADER } from '../shared/sync/protocol';
import { CONTACT, makeIntake } from '../shared/sync/fixtures';
import { caseWriter, minutes, registeredBody, TICKET } from '../shared/cases/fixtures';

/**
 * What the hub refuses even from a kiosk that means well: intakes that keep what the resident did
 * not agree to, and a desk opening a case under another room's intake. A real hub on loopback
 * with a real SQLite file, driven over HTTP; each refused record is acked `rejected` with its
 * reason while the rest of its batch is stored.
 */
let hub: TestHub;
let xujiahui: Kiosk;
let tianlin: Kiosk;
let push: ReturnType<typeof kioskPusher>;

beforeAll(async () => {
  hub = await startTestHub();
  xujiahui = await enroll(hub, seedSite(hub).code);
  tianlin = await enroll(hub, seedTianlin(hub).code);
  push = kioskPusher(hub);
});
afterAll(async () => {
  await hub.close();
});

const contact = CONTACT;

describe('consent enforced at the hub', () => {
  it('rejects contact without general consent and sensitive data without its consent, stores the rest', async () => {
    const good = makeIntake(10);
    const noConsentButPhone = { ...makeIntake(14), contact };
    const base = makeIntake(11);
    const sensitiveRefused = {
      ...base,
      sensitive: ['health'],
      consent: { ...base.consent, sensitive: false },
    };
    const sensitiveNeverAsked = {
      ...makeIntake(12),
      contact: { ...contact, homeVisit: { reason: 'illness' } },
    };
    const alsoGood = makeIntake(13);
    const acks = await push(xujiahui, [
      good,
      noConsentButPhone,
      sensitiveRefused,
      sensitiveNeverAsked,
      alsoGood,
    ]);
    expect(acks.map((a) => [a.status, a.reason ?? null])).toEqual([
      ['stored', null],
      ['rejected', 'consent_missing'],
      ['rejected', 'sensitive_consent_missing'],
      ['rejected', 'sensitive_consent_missing'],
      ['stored', null],
    ]);
    expect(findRecord(hub.db, good.id)).not.toBeNull();
    expect(findRecord(hub.db, alsoGood.id)).not.toBeNull();
    for (const refused of [noConsentButPhone, sensitiveRefused, sensitiveNeverAsked])
      expect(findRecord(hub.db, refused.id)).toBeNull();
  });
});

describe('a case is opened only under its own site’s intake', () => {
  it('refuses a Tianlin desk calling or registering a Xujiahui intake; Xujiahui may', async () => {
    const intake = makeIntake(20);
    expect((await push(xujiahui, [intake]))[0]?.status).toBe('stored');

    const before = snapshot(hub.db);
    const theirs = caseWriter(intake.id, { deviceId: tianlin.deviceId });
    const called = theirs.desk('called', minutes(1), { ticket: TICKET });
    const acks = await push(tianlin, [called]);
    expect(acks.map((a) => [a.status, a.reason])).toEqual([['rejected', 'intake_of_another_site']]);
    // A walk-in case of their own naming the other site's intake as its source: refused too.
    const ownCase = caseWriter(makeIntake(21).id, { deviceId: tianlin.deviceId });
    const registered = ownCase.desk('registered', minutes(2), registeredBody(intake.id));
    const second = await push(tianlin, [registered]);
    expect(second.map((a) => [a.status, a.reason])).toEqual([
      ['rejected', 'intake_of_another_site'],
    ]);
    // Nothing stored but the devices' last-seen marks.
    const noDevices = (s: string) => (JSON.parse(s) as unknown[]).filter((_, i) => i !== 2);
    expect(noDevices(snapshot(hub.db))).toEqual(noDevices(before));

    const ours = caseWriter(intake.id, { deviceId: xujiahui.deviceId });
    const own = await push(xujiahui, [ours.desk('called', minutes(3), { ticket: TICKET })]);
    expect(own.map((a) => a.status)).toEqual(['stored']);
  });
});

describe('remote wipe over HTTP', () => {
  const stateOf = (k: Kiosk) => deviceState(listDevices(hub.db).find((d) => d.id === k.deviceId)!);
  const pushRaw = (k: Kiosk, records: unknown[], firstSeq: number) =>
    postJson(
      hub.url + API_PATHS.push,
      {
        batch: records.map((record, i) => ({
          seq: firstSeq + i,
          record,
          kioskTime: kioskTime(hub.clock.ms),
        })),
        kioskTime: kioskTime(hub.clock.ms),
      },
      k.headers,
    );
  const pullRaw = async (k: Kiosk) => {
    const res = await fetch(`${hub.url}${API_PATHS.pull}?cursor=0&limit=10`, {
      headers: { ...k.headers, [KIOSK_TIME_HEADER]: kioskTime(hub.clock.ms) },
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const confirm = (k: Kiosk) =>
    postJson(hub.url + API_PATHS.wiped, { kioskTime: kioskTime(hub.clock.ms) }, k.headers);
  const lostAnswer = { error: 'device_lost', message: expect.any(String) as unknown };

  it('a lost kiosk is told to wipe at push and pull, stores nothing, and is revoked once it confirms', async () => {
    const kiosk = await enroll(hub, seedSite(hub).code);
    markDeviceLost(hub.db, kiosk.deviceId, {
      sendFirst: false,
      by: { kind: 'cli' },
      now: hub.clock.ms,
    });
    expect(stateOf(kiosk)).toBe('lost, never called since');
    hub.clock.ms += 60_000;
    const intake = makeIntake(30);
    expect(await pushRaw(kiosk, [intake], 1)).toEqual({ status: 410, body: lostAnswer });
    expect(findRecord(hub.db, intake.id)).toBeNull();
    expect(await pullRaw(kiosk)).toEqual({ status: 410, body: lostAnswer });
    expect(stateOf(kiosk)).toBe('lost');

    const confirmed = await confirm(kiosk);
    expect(confirmed).toMatchObject({ status: 200, body: { revoked: true } });
    expect(stateOf(kiosk)).toBe('wiped');
    expect((await pullRaw(kiosk)).body).toMatchObject({ error: 'device_revoked' });
  });

  it('with send first, takes the pending records, then tells the kiosk to wipe at its pull', async () => {
    const kiosk = await enroll(hub, seedSite(hub).code);
    markDeviceLost(hub.db, kiosk.deviceId, {
      sendFirst: true,
      by: { kind: 'cli' },
      now: hub.clock.ms,
    });
    const intake = makeIntake(31);
    const pushed = await pushRaw(kiosk, [intake], 1);
    expect(pushed.status).toBe(200);
    expect(findRecord(hub.db, intake.id)).not.toBeNull();
    expect(await pullRaw(kiosk)).toEqual({ status: 410, body: lostAnswer });
    expect((await confirm(kiosk)).status).toBe(200);
    expect(stateOf(kiosk)).toBe('wiped');
  });

  it('a kiosk not marked lost cannot revoke itself by confirming a wipe', async () => {
    const before = snapshot(hub.db);
    expect(await confirm(xujiahui)).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(snapshot(hub.db)).toBe(before);
    expect(stateOf(xujiahui)).toBe('active');
  });
});
