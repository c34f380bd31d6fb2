import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { openTempHubDb } from '../../testing/temp-db';
import { GroupCommit } from '../group-commit';
import { checkPushItems, writePush } from '../records';
import { addRoom, figuresText, kioskAt, postTeamEvent, type PushingKiosk } from './testing';
import { caseWriter, registeredBody, seededRandom } from '../../../shared/cases/fixtures';
import { sh } from '../../../shared/stats/fixtures';
import { makeIntake } from '../../../shared/sync/fixtures';

/**
 * The figures move with the records, exactly once: in the transaction that stores them, not for a
 * re-send, not for a push that fails, and per push in a group commit.
 */
const NOW = sh(2026, 12, 1);
let db: Db;
let cleanup: () => void;
let kiosk: PushingKiosk;

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  kiosk = kioskAt(db, addRoom(db, 'xujiahui', NOW), NOW);
});
afterEach(() => cleanup());

const districtCount = (measure: string) =>
  db
    .prepare(`SELECT COALESCE(SUM(n), 0) FROM stats_monthly WHERE scope = '*' AND measure = ?`)
    .pluck()
    .get(measure) as number;

describe('counting as records arrive', () => {
  it('counts an intake once, however often it is sent', () => {
    const intake = makeIntake(1, sh(2026, 11, 20));
    expect(kiosk.push([intake], NOW)).toEqual(['stored']);
    const once = figuresText(db);
    expect(districtCount('intake')).toBe(1);
    expect(kiosk.push([intake, intake], NOW)).toEqual(['duplicate', 'duplicate']);
    expect(figuresText(db)).toBe(once);
  });

  it('moves a case from "prompt unknown" to its prompt when its intake arrives after it', () => {
    const intake = makeIntake(1, sh(2026, 11, 20)); // prompt property
    const desk = caseWriter(intake.id, { random: seededRandom(2) });
    kiosk.push([desk.desk('registered', sh(2026, 11, 20, 9, 30), registeredBody(intake.id))], NOW);
    const prompts = () =>
      db.prepare(`SELECT d2, n FROM stats_monthly WHERE scope = '*' AND measure = 'case'`).all();
    expect(prompts()).toEqual([{ d2: 'unknown', n: 1 }]);
    kiosk.push([intake], NOW);
    expect(prompts()).toEqual(
      expect.arrayContaining([
        { d2: 'unknown', n: 0 },
        { d2: 'property', n: 1 },
      ]),
    );
  });

  it('moves a case with a team event written at the hub', () => {
    const intake = makeIntake(1, sh(2026, 11, 20));
    const desk = caseWriter(intake.id, { random: seededRandom(3) });
    kiosk.push(
      [
        intake,
        desk.desk('registered', sh(2026, 11, 20, 9, 30), registeredBody(intake.id)),
        desk.desk('routed', sh(2026, 11, 20, 9, 40), {
          teams: ['notary'],
          dueDate: '2026-11-27',
          jointSession: null,
        }),
      ],
      NOW,
    );
    expect(districtCount('result')).toBe(0);
    const resolved = desk.team('teamResolved', 'notary', sh(2026, 11, 25), { result: '可办理' });
    expect(postTeamEvent(db, resolved, NOW)).toBe('stored');
    expect(districtCount('result')).toBe(1);
    expect(postTeamEvent(db, resolved, NOW)).toBe('duplicate');
    expect(districtCount('result')).toBe(1);
  });

  it('counts nothing of a push that fails', () => {
    const intake = makeIntake(1, sh(2026, 11, 20));
    const desk = caseWriter(intake.id, { random: seededRandom(4) });
    const before = figuresText(db);
    // A failing write of the derived case (a trigger stands in for a full disk) fails the push.
    db.exec(`CREATE TRIGGER fail_cases BEFORE INSERT ON cases
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() =>
      kiosk.push(
        [intake, desk.desk('registered', sh(2026, 11, 20, 9, 30), registeredBody(intake.id))],
        NOW,
      ),
    ).toThrow(/disk full/);
    expect(figuresText(db)).toBe(before);
    expect(db.prepare('SELECT COUNT(*) FROM stats_case_parts').pluck().get()).toBe(0);
  });

  it('in a group commit, each push counts only if it is stored', async () => {
    const other = kioskAt(db, kiosk.device.siteId, NOW);
    const groups = new GroupCommit(db);
    const ctx = (device: PushingKiosk['device']) => ({ device, now: NOW, offsetMs: 0 });
    const items = (n: number) =>
      checkPushItems([
        { seq: n, record: makeIntake(n, sh(2026, 11, 20)), kioskTime: new Date(NOW).toISOString() },
      ]);
    const stored = groups.write(1, () => writePush(db, items(1), ctx(kiosk.device)));
    const failed = groups.write(1, () => {
      writePush(db, items(2), ctx(other.device));
      throw new Error('this push failed after writing');
    });
    await expect(stored).resolves.toHaveLength(1);
    await expect(failed).rejects.toThrow(/failed after writing/);
    expect(groups.groupsCommitted).toBe(1);
    expect(districtCount('intake')).toBe(1);
  });
});
