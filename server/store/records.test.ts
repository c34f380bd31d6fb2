import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { addSite } from './sites';
import { issueCode } from './codes';
import { enrollDevice, type AuthedDevice } from './devices';
import { applyPush, findRecord, tombstoneRecord } from './records';
import { makeIntake, makeSuggestion } from '../../shared/sync/fixtures';
import type { PushEnvelope } from '../../shared/sync/protocol';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let cleanup: () => void;
let kioskA: AuthedDevice;
let kioskB: AuthedDevice;

function enrollKiosk(siteId: string): AuthedDevice {
  const { code } = issueCode(db, siteId, 3600_000, NOW);
  const { deviceId } = enrollDevice(db, code, null, NOW, 0);
  return { id: deviceId, siteId };
}

function item(seq: number, record: unknown): PushEnvelope['batch'][number] {
  return { seq, record, kioskTime: '2026-11-29T10:00:00+08:00' };
}

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
const highWater = (id: string) =>
  (db.prepare('SELECT high_water_seq AS n FROM devices WHERE id = ?').get(id) as { n: number }).n;

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  const site = addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '生活盒子' } },
    NOW,
  );
  kioskA = enrollKiosk(site.siteId);
  kioskB = enrollKiosk(site.siteId);
});
afterEach(() => cleanup());

describe('applyPush', () => {
  it('stores each record once with both clocks and raises the high-water mark', () => {
    const records = [makeIntake(1), makeIntake(2), makeSuggestion()];
    const acks = applyPush(
      db,
      records.map((r, i) => item(i + 1, r)),
      { device: kioskA, now: NOW, offsetMs: 1500 },
    );
    expect(acks.map((a) => a.status)).toEqual(['stored', 'stored', 'stored']);
    expect(acks.map((a) => a.id)).toEqual(records.map((r) => r.id));
    const row = findRecord(db, records[0]!.id);
    expect(row).toMatchObject({
      deviceId: kioskA.id,
      seq: 1,
      kind: 'intake',
      kioskCreatedAt: records[0]!.createdAt,
      kioskQueuedAt: '2026-11-29T10:00:00+08:00',
      receivedAt: NOW,
      kioskOffsetMs: 1500,
    });
    expect(row?.body).toEqual(records[0]);
    expect(highWater(kioskA.id)).toBe(3);
    expect(
      db.prepare('SELECT last_seen, last_offset_ms FROM devices WHERE id = ?').get(kioskA.id),
    ).toEqual({ last_seen: NOW, last_offset_ms: 1500 });
  });

  it('acks a re-sent record as duplicate and keeps the first copy', () => {
    const intake = makeIntake(1);
    applyPush(db, [item(1, intake)], { device: kioskA, now: NOW, offsetMs: 0 });
    const acks = applyPush(db, [item(1, intake), item(2, makeIntake(2))], {
      device: kioskA,
      now: NOW + 60_000,
      offsetMs: 0,
    });
    expect(acks.map((a) => a.status)).toEqual(['duplicate', 'stored']);
    expect(count('SELECT COUNT(*) AS n FROM records')).toBe(2);
    expect(findRecord(db, intake.id)?.receivedAt).toBe(NOW);
  });

  it('treats the same id twice in one batch as stored then duplicate', () => {
    const intake = makeIntake(1);
    const acks = applyPush(db, [item(1, intake), item(2, intake)], {
      device: kioskA,
      now: NOW,
      offsetMs: 0,
    });
    expect(acks.map((a) => a.status)).toEqual(['stored', 'duplicate']);
  });

  it('rejects an invalid record with a reason and stores the rest of the batch', () => {
    const bad = {
      ...makeIntake(2),
      contact: {
        surname: '王',
        salutation: 'ms',
        phone: '12345',
        homeVisit: null,
        focusGroups: [],
      },
    };
    const acks = applyPush(
      db,
      [item(1, makeIntake(1)), item(2, bad), item(3, { hello: 'world' }), item(4, makeIntake(3))],
      { device: kioskA, now: NOW, offsetMs: 0 },
    );
    expect(acks.map((a) => a.status)).toEqual(['stored', 'rejected', 'rejected', 'stored']);
    expect(acks[1]).toMatchObject({
      id: bad.id,
      reason: expect.stringContaining('contact.phone') as string,
    });
    expect(acks[1]?.reason).not.toContain('12345');
    expect(acks[2]?.id).toBeNull();
    expect(count('SELECT COUNT(*) AS n FROM records')).toBe(2);
    expect(highWater(kioskA.id)).toBe(4);
  });

  it('rejects an id already stored from another device and leaves that record alone', () => {
    const intake = makeIntake(1);
    applyPush(db, [item(1, intake)], { device: kioskA, now: NOW, offsetMs: 0 });
    const acks = applyPush(db, [item(1, { ...intake, locale: 'en' })], {
      device: kioskB,
      now: NOW,
      offsetMs: 0,
    });
    expect(acks[0]).toMatchObject({
      status: 'rejected',
      reason: expect.stringContaining('another device') as string,
    });
    expect(findRecord(db, intake.id)).toMatchObject({ deviceId: kioskA.id, body: intake });
  });

  it('answers gone for a tombstoned id and never stores it again', () => {
    const intake = makeIntake(1);
    applyPush(db, [item(1, intake)], { device: kioskA, now: NOW, offsetMs: 0 });
    expect(tombstoneRecord(db, intake.id, 'retention', NOW)).toBe(true);
    const acks = applyPush(db, [item(1, intake)], { device: kioskA, now: NOW, offsetMs: 0 });
    expect(acks[0]).toMatchObject({ id: intake.id, status: 'gone' });
    expect(findRecord(db, intake.id)).toBeNull();
    // The schema itself refuses a tombstoned id, whatever code path tries.
    expect(() =>
      db
        .prepare("INSERT INTO records VALUES (?, ?, 'xujiahui', 1, 'intake', '{}', '', '', 0, 0)")
        .run(intake.id, kioskA.id),
    ).toThrow(/tombstoned/);
  });

  it('commits nothing of a batch that fails midway (records, high-water mark, last seen)', () => {
    const first = makeIntake(1);
    const poison = makeIntake(2);
    // Simulate a failure inside the transaction after the first insert (a full disk, a crash).
    db.exec(
      `CREATE TRIGGER fail_once BEFORE INSERT ON records WHEN NEW.id = '${poison.id}' BEGIN SELECT RAISE(FAIL, 'disk full'); END`,
    );
    expect(() =>
      applyPush(db, [item(1, first), item(2, poison)], {
        device: kioskA,
        now: NOW + 5,
        offsetMs: 0,
      }),
    ).toThrow(/disk full/);
    expect(count('SELECT COUNT(*) AS n FROM records')).toBe(0);
    expect(highWater(kioskA.id)).toBe(0);
    expect(
      (
        db.prepare('SELECT last_seen AS n FROM devices WHERE id = ?').get(kioskA.id) as {
          n: number;
        }
      ).n,
    ).toBe(NOW);
    db.exec('DROP TRIGGER fail_once');
    // The kiosk re-sends the same batch after the failure: both are stored exactly once.
    expect(
      applyPush(db, [item(1, first), item(2, poison)], {
        device: kioskA,
        now: NOW,
        offsetMs: 0,
      }).map((a) => a.status),
    ).toEqual(['stored', 'stored']);
  });

  it('never lowers the high-water mark when older seqs are re-sent', () => {
    applyPush(db, [item(7, makeIntake(7))], { device: kioskA, now: NOW, offsetMs: 0 });
    applyPush(db, [item(3, makeIntake(3))], { device: kioskA, now: NOW, offsetMs: 0 });
    expect(highWater(kioskA.id)).toBe(7);
  });
});
