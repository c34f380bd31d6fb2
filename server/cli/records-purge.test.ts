import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb, pushFromNewKiosk } from '../testing/temp-db';
import { parseCommand, USAGE, UsageError } from './args';
import { runAdminCommand } from './commands';
import { makeIntake } from '../../shared/sync/fixtures';

const T0 = Date.UTC(2026, 10, 29, 2, 0, 0);
const LATER = Date.UTC(2029, 11, 1, 2, 0, 0); // 36 months and a few days on
const ctx = { env: {}, projectRoot: '/srv/kiosk', cwd: '/srv/kiosk' };

describe('records purge on the command line', () => {
  it('reads --dry-run, and refuses anything else', () => {
    expect(parseCommand(['records', 'purge'], ctx)).toEqual({
      kind: 'records purge',
      dataDir: '/srv/kiosk/.hub-data',
      dryRun: false,
    });
    expect(parseCommand(['records', 'purge', '--dry-run'], ctx)).toMatchObject({ dryRun: true });
    expect(() => parseCommand(['records', 'purge', 'all'], ctx)).toThrow(UsageError);
    expect(() => parseCommand(['records', 'purge', '--months', '1'], ctx)).toThrow(UsageError);
    expect(USAGE).toContain('records purge [--dry-run]');
  });
});

describe('records purge against a hub database', () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(() => {
    ({ db, cleanup } = openTempHubDb());
    pushFromNewKiosk(db, [makeIntake(1, T0), makeIntake(2, T0)], T0);
  });
  afterEach(() => cleanup());

  const run = (dryRun: boolean) => {
    const lines: string[] = [];
    runAdminCommand(db, { kind: 'records purge', dataDir: '', dryRun }, LATER, (l) =>
      lines.push(l),
    );
    return lines;
  };
  const stored = () => db.prepare('SELECT COUNT(*) FROM records').pluck().get();

  it('prints what it would delete without deleting, then deletes; counts only, never the data', () => {
    const dry = run(true);
    expect(dry).toEqual([
      'retention (36 months): would delete 0 ended case(s) with 0 event(s), and 2 record(s) in all; 0 open case(s) quiet for the whole period kept',
    ]);
    expect(stored()).toBe(2);
    const done = run(false);
    expect(done[0]).toMatch(/^retention \(36 months\): deleted .* 2 record\(s\) in all/);
    expect(stored()).toBe(0);
    expect([...dry, ...done].join('\n')).not.toMatch(/王|138\d{8}|intake/);
  });
});
