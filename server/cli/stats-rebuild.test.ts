import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb, pushFromNewKiosk } from '../testing/temp-db';
import { parseCommand, USAGE, UsageError } from './args';
import { runAdminCommand } from './commands';
import { makeIntake } from '../../shared/sync/fixtures';

const T0 = Date.UTC(2026, 10, 29, 2, 0, 0);
const ctx = { env: {}, projectRoot: '/srv/kiosk', cwd: '/srv/kiosk' };

describe('stats rebuild on the command line', () => {
  it('reads --dry-run, and refuses anything else', () => {
    expect(parseCommand(['stats', 'rebuild'], ctx)).toEqual({
      kind: 'stats rebuild',
      dataDir: '/srv/kiosk/.hub-data',
      dryRun: false,
    });
    expect(parseCommand(['stats', 'rebuild', '--dry-run'], ctx)).toMatchObject({ dryRun: true });
    expect(() => parseCommand(['stats', 'rebuild', 'now'], ctx)).toThrow(UsageError);
    expect(() => parseCommand(['stats', 'recount'], ctx)).toThrow(UsageError);
    expect(USAGE).toContain('stats rebuild [--dry-run]');
  });
});

describe('stats rebuild against a hub database', () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(() => {
    ({ db, cleanup } = openTempHubDb());
    pushFromNewKiosk(db, [makeIntake(1, T0), makeIntake(2, T0)], T0);
  });
  afterEach(() => cleanup());

  const run = (dryRun: boolean) => {
    const lines: string[] = [];
    runAdminCommand(db, { kind: 'stats rebuild', dataDir: '', dryRun }, T0, (l) => lines.push(l));
    return lines;
  };

  it('says all is well, or which figures differ; prints figures only, never the records', () => {
    expect(run(true)).toEqual([
      'statistics: recounted 2 intake(s) and suggestion(s), 0 case(s), plus 0 archived figure(s) of purged records (kept as they were)',
      'no difference: all 12 figure(s) match the records',
    ]);
    db.exec(
      `UPDATE stats_monthly SET n = 5 WHERE scope = '*' AND measure = 'intake' AND d1 = 'property'`,
    );
    const dry = run(true);
    expect(dry.slice(1)).toEqual([
      '1 figure(s) differ from the recount (dry run: nothing changed)',
      '  2026-11 district intake property/yes: stored 5, recounted 1',
    ]);
    expect(run(false)[1]).toBe('1 figure(s) differ from the recount; replaced with the recount');
    expect(run(true)[1]).toMatch(/^no difference/);
    expect([...dry, ...run(true)].join('\n')).not.toMatch(/王|138\d{8}/);
  });
});
