import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hubCli } from '../testing/hub-cli';
import { openHubDb } from '../db/open';
import { siteRoster } from '../store/volunteers';
import { verifyPin } from '../../shared/desk/pin';

const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-cli-volunteers-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The real `npm run hub -- ...` entry point, with `stdin` piped in as an admin script would. */
const hub = (args: string[], stdin = '') => hubCli(dataDir, args, stdin);

function roster() {
  const db = openHubDb(dataDir);
  try {
    return siteRoster(db, 'hunan');
  } finally {
    db.close();
  }
}

/** The newest cursor in the hub's pull feed: a kiosk sees a change only if this moves. */
function latestChangeCursor() {
  const db = openHubDb(dataDir);
  try {
    return db.prepare('SELECT MAX(cursor) FROM changes').pluck().get() as number | null;
  } finally {
    db.close();
  }
}

const add = (id: string, name: string) => [
  'volunteer',
  'add',
  '--site',
  'hunan',
  '--id',
  id,
  '--name',
  name,
  '--pin-stdin',
];

describe('volunteer commands through server/cli.ts', () => {
  it('takes the PIN from stdin, stores only its hash and never prints it', async () => {
    expect(
      hub(['site', 'add', '--street', 'hunan', '--room', '湖南路客厅', '--address', '一楼']).code,
    ).toBe(0);
    const added = hub(add('wang-fang', '王芳'), '864209\n');
    expect(added).toEqual({
      code: 0,
      out: 'added volunteer wang-fang (王芳) at hunan; its kiosks get the roster at their next sync\n',
      err: '',
    });
    const [wang] = roster().volunteers;
    expect(wang?.id).toBe('wang-fang');
    expect(await verifyPin('864209', wang!.pin)).toBe(true);
    const listed = hub(['volunteer', 'list', '--site', 'hunan']);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/wang-fang\s+王芳\s+active/);
    expect(listed.out + listed.err).not.toMatch(/864209|PBKDF2/);
  });

  it('refuses a 3-digit PIN, a PIN on the command line, a duplicate id and an unknown site (exit 2)', () => {
    const before = roster();
    const cursorBefore = latestChangeCursor();
    // The site and the volunteer added above are in the feed, so a new change would move it.
    expect(cursorBefore).toBeGreaterThan(0);
    expect(hub(add('li-ming', '李明'), '123\n')).toEqual({
      code: 2,
      out: '',
      err: 'error: the PIN must be 4 to 8 digits (0-9)\n',
    });
    expect(hub(add('li-ming', '李明'), '')).toMatchObject({ code: 2, err: /no PIN on stdin/ });
    const inline = hub([...add('li-ming', '李明').slice(0, -1), '--pin', '1357']);
    expect(inline.code).toBe(2);
    expect(inline.err).toMatch(/never type a PIN on the command line/);
    const duplicate = hub(add('wang-fang', '王芳'), '2222\n');
    expect(duplicate.code).toBe(2);
    expect(duplicate.err).toMatch(/^error: volunteer wang-fang at hunan exists already/);
    const unknown = hub(
      [
        'volunteer',
        'add',
        '--site',
        'atlantis',
        '--id',
        'li-ming',
        '--name',
        '李明',
        '--pin-stdin',
      ],
      '1357\n',
    );
    expect(unknown).toMatchObject({ code: 2, err: 'error: no site with id atlantis\n' });
    expect(roster()).toEqual(before);
    // Nothing refused reaches the kiosks: the hub's feed did not move.
    expect(latestChangeCursor()).toBe(cursorBefore);
  });

  it('resets a PIN and removes a volunteer', async () => {
    const reset = hub(
      ['volunteer', 'reset-pin', '--site', 'hunan', '--id', 'wang-fang', '--pin-stdin'],
      '5050',
    );
    expect(reset.code).toBe(0);
    expect(await verifyPin('5050', roster().volunteers[0]!.pin)).toBe(true);
    expect(hub(['volunteer', 'remove', '--site', 'hunan', '--id', 'wang-fang']).code).toBe(0);
    expect(roster().volunteers).toEqual([]);
    expect(hub(['volunteer', 'remove', '--site', 'hunan', '--id', 'wang-fang'])).toMatchObject({
      code: 2,
      err: /was removed/,
    });
  });
});
