import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { openTempHubDb } from '../../testing/temp-db';
import { tombstoneRecord } from '../records';
import { purgeExpired } from '../retention';
import { setStatsEnabled } from './batch';
import { statsFor } from './query';
import { describeRebuild, rebuildStats, rebuildStatsIfNeeded } from './rebuild';
import { addRoom, figuresText, kioskAt, postTeamEvent } from './testing';
import { seededRandom } from '../../../shared/cases/fixtures';
import { sh } from '../../../shared/stats/fixtures';
import { generateCase, generateIntake } from '../../../shared/stats/generate';
import { intakeParts } from '../../../shared/stats/parts';
import { makeSuggestion } from '../../../shared/sync/fixtures';
import { rollBackTo } from '../../testing/roll-back';

/**
 * `stats rebuild` and the purge: the figures equal the archive of purged records plus a recount of
 * those left; the purge changes no figure; a rebuild finds and repairs a figure that is wrong.
 */
const T0 = sh(2026, 12, 20); // when the records reach the hub (retention counts from here)
const AFTER_RETENTION = sh(2029, 12, 22);
let db: Db;
let cleanup: () => void;
let intakeIds: string[];
let caseIds: string[];

beforeEach(() => {
  ({ db, cleanup } = openTempHubDb());
  db.pragma('synchronous = OFF'); // many small transactions; durability is not under test here
  const random = seededRandom(12);
  const kiosk = kioskAt(db, addRoom(db, 'xujiahui', T0), T0);
  const desk = kioskAt(db, kiosk.device.siteId, T0);
  const intakes = Array.from({ length: 80 }, (_, n) =>
    generateIntake(n, sh(2026, 11, 1) + n * 9 * 3_600_000, random),
  );
  const cases = intakes
    .filter((_, n) => n % 3 !== 0)
    .map((intake) => generateCase(random, { intake, deviceId: 'dev_deskaaaaaaaaaaaa' }));
  kiosk.push([...intakes, makeSuggestion('希望周末开放', sh(2026, 11, 9))], T0);
  for (const c of cases) desk.push(c.desk, T0);
  for (const c of cases) for (const e of c.team) postTeamEvent(db, e, sh(2027, 3, 1));
  intakeIds = intakes.map((i) => i.id);
  caseIds = cases.map((c) => c.caseId);
});
afterEach(() => cleanup());

const QUERY = { scope: 'district', from: '2026-11', to: '2027-02' } as const;

describe('the purge', () => {
  it('changes no figure, and a rebuild afterwards finds nothing to change', () => {
    const figures = figuresText(db);
    const answer = statsFor(db, QUERY, T0);
    const purged = purgeExpired(db, AFTER_RETENTION);
    expect(purged.cases).toBeGreaterThan(10);
    expect(purged.records).toBeGreaterThan(purged.cases);
    expect(figuresText(db)).toBe(figures);
    expect(statsFor(db, QUERY, T0)).toEqual(answer);

    // What the purged records counted is kept in the archive, not zeroed.
    const dry = rebuildStats(db, { dryRun: true });
    expect(dry).toMatchObject({ differences: 0 });
    expect(dry.archived).toBeGreaterThan(0);
    expect(dry.cases).toBeLessThan(caseIds.length);
    expect(rebuildStats(db, { dryRun: false })).toMatchObject({ differences: 0 });
    expect(figuresText(db)).toBe(figures);
    // A case purged leaves no stored parts behind; the cases still open keep theirs.
    const parts = db.prepare('SELECT COUNT(*) FROM stats_case_parts').pluck().get();
    expect(parts).toBe(db.prepare('SELECT COUNT(*) FROM cases').pluck().get());
  });

  it('an administrator deleting an intake keeps its figures; its case is counted without it', () => {
    const figures = figuresText(db);
    const withCase = intakeIds.find((id) => caseIds.includes(id)) ?? '';
    expect(tombstoneRecord(db, withCase, 'resident asked', T0)).toBe(true);
    expect(rebuildStats(db, { dryRun: true })).toMatchObject({ differences: 0 });
    const intakes = (text: string) =>
      (JSON.parse(text) as [string, string, string, string, string, number][])
        .filter((r) => r[0] === '*' && r[2] === 'intake')
        .reduce((s, r) => s + r[5], 0);
    expect(intakes(figuresText(db))).toBe(intakes(figures));
  });
});

describe('stats rebuild', () => {
  it('reports figures that differ from the recount, changes nothing on a dry run, then repairs', () => {
    const right = figuresText(db);
    db.exec(`UPDATE stats_monthly SET n = n + 3 WHERE scope = 'xujiahui' AND measure = 'intake'
      AND (month, d1, d2) = (SELECT month, d1, d2 FROM stats_monthly WHERE scope = 'xujiahui' AND measure = 'intake' LIMIT 1)`);
    db.exec(`DELETE FROM stats_monthly WHERE scope = '*' AND measure = 'closed'`);
    const wrong = figuresText(db);

    const dry = rebuildStats(db, { dryRun: true });
    expect(dry.differences).toBeGreaterThanOrEqual(2);
    const bumped = dry.sample.find((d) => d.measure === 'intake');
    expect(bumped?.scope).toBe('xujiahui');
    expect((bumped?.stored ?? 0) - (bumped?.recounted ?? 0)).toBe(3);
    expect(dry.sample).toContainEqual(
      expect.objectContaining({ scope: '*', measure: 'closed', stored: 0 }),
    );
    expect(figuresText(db)).toBe(wrong);
    const lines = describeRebuild(dry);
    expect(lines[1]).toMatch(/figure\(s\) differ from the recount \(dry run: nothing changed\)/);
    expect(lines.join('\n')).toMatch(/xujiahui intake \w+\/(yes|no): stored \d+, recounted \d+/);
    expect(lines.join('\n')).not.toMatch(/王|138\d{8}/);

    expect(rebuildStats(db, { dryRun: false }).differences).toBe(dry.differences);
    expect(figuresText(db)).toBe(right);
    const clean = rebuildStats(db, { dryRun: true });
    expect(describeRebuild(clean)[1]).toBe(
      `no difference: all ${clean.buckets} figure(s) match the records`,
    );
  });

  it('puts the figures right after counting was turned off (the ingest bench does that)', () => {
    const right = figuresText(db);
    setStatsEnabled(db, false);
    const kiosk = kioskAt(db, 'xujiahui', T0);
    const uncounted = generateIntake(500, sh(2026, 12, 2), seededRandom(1));
    kiosk.push([uncounted], T0);
    setStatsEnabled(db, true);
    expect(figuresText(db)).toBe(right);
    // Each of the intake's figures, in the room's rows and the district's.
    const missing = intakeParts(uncounted).length * 2;
    expect(rebuildStats(db, { dryRun: false }).differences).toBe(missing);
    expect(figuresText(db)).not.toBe(right);
    expect(rebuildStats(db, { dryRun: true }).differences).toBe(0);
  });

  it('counts the records of a hub from before the statistics once, at its next start', () => {
    const right = figuresText(db);
    // Take this database back to schema 6: the statistics' tables go.
    rollBackTo(db, 6);
    expect(migrate(db, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(figuresText(db)).toBe('[]');
    expect(rebuildStatsIfNeeded(db)?.dryRun).toBe(false);
    expect(figuresText(db)).toBe(right);
    expect(rebuildStatsIfNeeded(db)).toBeNull();
  });
});
