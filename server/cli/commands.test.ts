import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { UsageError } from './args';
import { runAdminCommand, type AdminCommand } from './commands';
import { HubError } from '../hub-error';
import { pullChanges } from '../store/changes';
import { enrollDevice } from '../store/devices';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let dataDir: string;
let cleanup: () => void;

beforeEach(() => ({ db, dataDir, cleanup } = openTempHubDb()));
afterEach(() => cleanup());

function run(command: AdminCommand): string[] {
  const lines: string[] = [];
  runAdminCommand(db, command, NOW, (line) => lines.push(line));
  return lines;
}
function file(name: string, content: string): string {
  const p = path.join(dataDir, name);
  writeFileSync(p, content);
  return p;
}
function addXujiahui(): void {
  run({
    kind: 'site add',
    dataDir,
    street: 'xujiahui',
    room: '徐家汇街道公共法律服务客厅',
    address: '生活盒子 一楼',
  });
}

describe('admin commands', () => {
  it('adds sites with readable ids and lists them', () => {
    addXujiahui();
    expect(
      run({ kind: 'site add', dataDir, street: 'xujiahui', room: '第二客厅', address: '二楼' }),
    ).toEqual(['added site xujiahui-2 (徐家汇街道): 第二客厅']);
    const list = run({ kind: 'site list', dataDir });
    expect(list[0]).toMatch(/^site\s+street\s+room\s+address$/);
    expect(list.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['xujiahui', 'xujiahui-2']);
  });

  it('issues a code that enrolls a kiosk, then shows the kiosk in status and revokes it', () => {
    addXujiahui();
    const [line] = run({ kind: 'code issue', dataDir, siteId: 'xujiahui', ttlMs: 3600_000 });
    const code = /^([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(line ?? '')?.[1] ?? '';
    expect(run({ kind: 'status', dataDir })).toContain('pending enrollment codes: 1');
    const { deviceId } = enrollDevice(db, code, null, NOW, -2500);
    const status = run({ kind: 'status', dataDir }).join('\n');
    expect(status).toContain('pending enrollment codes: 0');
    expect(status).toMatch(
      new RegExp(
        `${deviceId}\\s+xujiahui\\s+active\\s+2026-11-29T02:00:00.000Z\\s+0\\s+0\\s+-2.5 s`,
      ),
    );
    expect(run({ kind: 'device revoke', dataDir, deviceId })).toEqual([
      `revoked ${deviceId}: its credential no longer works`,
    ]);
    expect(run({ kind: 'device list', dataDir }).join('\n')).toContain(
      'revoked 2026-11-29T02:00:00.000Z',
    );
    expect(() => run({ kind: 'device revoke', dataDir, deviceId: 'dev_nobody' })).toThrow(
      UsageError,
    );
  });

  it('publishes a valid rota and theme to the feed', () => {
    addXujiahui();
    const rota = file(
      'rota.json',
      JSON.stringify({
        entries: [
          { weekday: 1, start: '09:00', end: '12:00', service: 'lawyer', who: '志愿律师 张律师' },
        ],
      }),
    );
    expect(run({ kind: 'rota set', dataDir, siteId: 'xujiahui', file: rota })).toEqual([
      'published the rota of xujiahui (1 slots)',
    ]);
    expect(run({ kind: 'rota set', dataDir, siteId: 'xujiahui', file: rota })).toEqual([
      'rota of xujiahui unchanged',
    ]);
    const theme = file(
      'theme.json',
      JSON.stringify({
        month: '2026-12',
        title: { 'zh-CN': '继承', en: 'Inheritance' },
        date: '2026-12-18',
        place: { 'zh-CN': '多功能厅', en: 'Hall' },
      }),
    );
    run({ kind: 'theme set', dataDir, siteId: 'xujiahui', file: theme });
    expect(pullChanges(db, 'xujiahui', 0, 10).changes.map((c) => c.kind)).toEqual([
      'site',
      'rota',
      'theme',
    ]);
  });

  it('refuses bad files and unknown sites with a clear message and changes nothing', () => {
    addXujiahui();
    const before = pullChanges(db, 'xujiahui', 0, 10).changes.length;
    const notJson = file('broken.json', '{"entries": [');
    const wrongShape = file(
      'rota.json',
      JSON.stringify({
        entries: [{ weekday: 9, start: '14:00', end: '09:00', service: 'lawyer', who: 'x' }],
      }),
    );
    const themeOutsideMonth = file(
      'theme.json',
      JSON.stringify({
        month: '2026-12',
        title: { 'zh-CN': 'a', en: 'a' },
        date: '2027-01-02',
        place: { 'zh-CN': 'b', en: 'b' },
      }),
    );
    expect(() => run({ kind: 'rota set', dataDir, siteId: 'xujiahui', file: notJson })).toThrow(
      /broken.json is not valid JSON/,
    );
    expect(() => run({ kind: 'rota set', dataDir, siteId: 'xujiahui', file: wrongShape })).toThrow(
      /not a valid rota: entries.0.weekday/,
    );
    expect(() =>
      run({ kind: 'theme set', dataDir, siteId: 'xujiahui', file: themeOutsideMonth }),
    ).toThrow(/date: the date lies in the theme month/);
    expect(() =>
      run({
        kind: 'rota set',
        dataDir,
        siteId: 'xujiahui',
        file: path.join(dataDir, 'missing.json'),
      }),
    ).toThrow(/cannot read/);
    expect(() => run({ kind: 'rota set', dataDir, siteId: 'nowhere', file: notJson })).toThrow(
      HubError,
    );
    expect(() => run({ kind: 'code issue', dataDir, siteId: 'nowhere', ttlMs: 1000 })).toThrow(
      /no site with id nowhere/,
    );
    expect(pullChanges(db, 'xujiahui', 0, 10).changes).toHaveLength(before);
  });
});
