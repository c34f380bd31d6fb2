import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { parseCommand, UsageError, type Command } from './args';
import { runAdminCommand, type AdminCommand } from './commands';
import { pullChanges } from '../store/changes';
import { addSite } from '../store/sites';
import { hashPin, PIN_MIN_ITERATIONS, verifyPin, type PinHash } from '../../shared/desk/pin';
import { readChange } from '../../shared/sync/protocol';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
const context = { env: {}, projectRoot: '/srv/kiosk', cwd: '/home/admin' };
let db: Db;
let dataDir: string;
let cleanup: () => void;
let pin: PinHash;

beforeAll(async () => {
  pin = await hashPin('864209', { iterations: PIN_MIN_ITERATIONS });
});
beforeEach(() => {
  ({ db, dataDir, cleanup } = openTempHubDb());
  addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '一楼' } },
    NOW,
  );
});
afterEach(() => cleanup());

const parse = (line: string): Command => parseCommand(line.split(' '), context);

function run(line: string, secrets: { pin?: PinHash } = {}): string[] {
  const lines: string[] = [];
  const command = { ...parse(line), dataDir } as AdminCommand;
  runAdminCommand(db, command, NOW, (l) => lines.push(l), secrets);
  return lines;
}

function roster() {
  const change = pullChanges(db, 'xujiahui', 0, 100)
    .changes.filter((c) => c.kind === 'volunteers')
    .map((c) => readChange(c))[0];
  return change?.kind === 'volunteers' ? change.body : null;
}

describe('volunteer commands: the command line', () => {
  it('reads add, list, remove and reset-pin', () => {
    expect(parse('volunteer add --site xujiahui --id wang-fang --name 王芳 --pin-stdin')).toEqual({
      kind: 'volunteer add',
      dataDir: '/srv/kiosk/.hub-data',
      siteId: 'xujiahui',
      volunteerId: 'wang-fang',
      name: '王芳',
    });
    expect(parse('volunteer list --site xujiahui')).toMatchObject({ siteId: 'xujiahui' });
    expect(parse('volunteer remove --site xujiahui --id wang-fang')).toMatchObject({
      kind: 'volunteer remove',
      volunteerId: 'wang-fang',
    });
    expect(parse('volunteer reset-pin --site xujiahui --id wang-fang --pin-stdin')).toMatchObject({
      kind: 'volunteer reset-pin',
      volunteerId: 'wang-fang',
    });
  });

  it('refuses a PIN on the command line, a missing --pin-stdin and a bad id', () => {
    expect(() => parse('volunteer add --site x1 --id wang --name 王 --pin 1234')).toThrow(
      /never type a PIN on the command line/,
    );
    expect(() => parse('volunteer reset-pin --site x1 --id wang --pin=1234')).toThrow(
      /shell history/,
    );
    expect(() => parse('volunteer add --site x1 --id wang --name 王')).toThrow(
      /--pin-stdin is required/,
    );
    expect(() => parse('volunteer add --site x1 --id Wang_Fang --name 王 --pin-stdin')).toThrow(
      UsageError,
    );
    expect(() => parse('volunteer remove --site x1')).toThrow(/--id is required/);
  });
});

describe('volunteer commands: against the hub database', () => {
  it('adds a volunteer with the hashed PIN and publishes the roster', async () => {
    expect(
      run('volunteer add --site xujiahui --id wang-fang --name 王芳 --pin-stdin', { pin }),
    ).toEqual([
      'added volunteer wang-fang (王芳) at xujiahui; its kiosks get the roster at their next sync',
    ]);
    const body = roster();
    expect(body?.volunteers.map((v) => [v.id, v.name])).toEqual([['wang-fang', '王芳']]);
    expect(await verifyPin('864209', body!.volunteers[0]!.pin)).toBe(true);
  });

  it('lists volunteers without their hashes, removed ones marked', () => {
    run('volunteer add --site xujiahui --id wang-fang --name 王芳 --pin-stdin', { pin });
    run('volunteer add --site xujiahui --id li-ming --name 李明 --pin-stdin', { pin });
    run('volunteer remove --site xujiahui --id li-ming');
    const lines = run('volunteer list --site xujiahui');
    expect(lines[0]).toMatch(/^volunteer\s+name\s+state\s+added\s+changed$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
      ['wang-fang', '王芳', 'active'],
      ['li-ming', '李明', 'removed'],
    ]);
    expect(lines.join('\n')).not.toMatch(/PBKDF2|hash|salt/i);
    expect(lines.join('\n')).not.toContain(pin.hash);
    expect(roster()?.volunteers.map((v) => v.id)).toEqual(['wang-fang']);
  });

  it('resets a PIN', async () => {
    run('volunteer add --site xujiahui --id wang-fang --name 王芳 --pin-stdin', { pin });
    const next = await hashPin('5050', { iterations: PIN_MIN_ITERATIONS });
    expect(
      run('volunteer reset-pin --site xujiahui --id wang-fang --pin-stdin', { pin: next }),
    ).toEqual([
      "new PIN for wang-fang at xujiahui; the old one stops working at the kiosks' next sync",
    ]);
    expect(await verifyPin('5050', roster()!.volunteers[0]!.pin)).toBe(true);
  });

  it('refuses a duplicate id, an unknown volunteer, an unknown site and a missing PIN; nothing changes', () => {
    run('volunteer add --site xujiahui --id wang-fang --name 王芳 --pin-stdin', { pin });
    const before = JSON.stringify([
      db.prepare('SELECT * FROM volunteers').all(),
      db.prepare('SELECT * FROM changes').all(),
    ]);
    expect(() =>
      run('volunteer add --site xujiahui --id wang-fang --name 王芳二 --pin-stdin', { pin }),
    ).toThrow(/volunteer wang-fang at xujiahui exists already/);
    expect(() => run('volunteer remove --site xujiahui --id nobody')).toThrow(
      /no volunteer nobody at xujiahui/,
    );
    expect(() =>
      run('volunteer add --site atlantis --id wang-fang --name 王芳 --pin-stdin', { pin }),
    ).toThrow(/no site with id atlantis/);
    expect(() => run('volunteer list --site atlantis')).toThrow(/no site with id atlantis/);
    expect(() => run('volunteer add --site xujiahui --id li-ming --name 李明 --pin-stdin')).toThrow(
      /no PIN was read/,
    );
    expect(
      JSON.stringify([
        db.prepare('SELECT * FROM volunteers').all(),
        db.prepare('SELECT * FROM changes').all(),
      ]),
    ).toBe(before);
  });
});
