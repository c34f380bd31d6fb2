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
import { confirmWipe } from '../store/device-wipe';
import { applyPush } from '../store/records';
import { TeamRefusal } from '../store/team-refusal';
import { caseWriter, registeredBody } from '../../shared/cases/fixtures';
import { readCaseUpdate } from '../../shared/cases/case-update';
import { uuidv7 } from '../../shared/ids';

const NOW = Date.UTC(2026, 10, 29, 2, 0, 0);
let db: Db;
let dataDir: string;
let cleanup: () => void;

beforeEach(() => ({ db, dataDir, cleanup } = openTempHubDb()));
afterEach(() => cleanup());

function run(command: AdminCommand, now = NOW): string[] {
  const lines: string[] = [];
  runAdminCommand(db, command, now, (line) => lines.push(line));
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
    // NOW is 02:00 UTC: the code lives until 11:00 in Shanghai, whatever zone the hub runs in.
    expect(line).toMatch(/expires 2026-11-29 11:00 Asia\/Shanghai\)$/);
    const code = /^([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(line ?? '')?.[1] ?? '';
    const pending = run({ kind: 'status', dataDir });
    expect(pending).toContain('pending enrollment codes: 1');
    expect(pending.join('\n')).toContain('expires 2026-11-29 11:00 Asia/Shanghai');
    const { deviceId } = enrollDevice(db, code, '前台左', NOW, -2500);
    const status = run({ kind: 'status', dataDir }).join('\n');
    expect(status).toContain('pending enrollment codes: 0');
    expect(status).toContain('last seen (Asia/Shanghai)');
    expect(status).toMatch(
      new RegExp(
        `${deviceId}\\s+xujiahui\\s+前台左\\s+active\\s+2026-11-29 10:00\\s+0\\s+0\\s+-2.5 s`,
      ),
    );
    expect(run({ kind: 'device list', dataDir }).join('\n')).toMatch(
      new RegExp(`${deviceId}\\s+xujiahui\\s+前台左\\s+2026-11-29 10:00\\s+active`),
    );
    expect(run({ kind: 'device revoke', dataDir, deviceId })).toEqual([
      `revoked ${deviceId}: its credential no longer works`,
    ]);
    expect(run({ kind: 'device list', dataDir }).join('\n')).toContain('revoked 2026-11-29 10:00');
    expect(() => run({ kind: 'device revoke', dataDir, deviceId: 'dev_nobody' })).toThrow(
      UsageError,
    );
  });

  it('marks a device lost; device list and status show it lost, never called since, then wiped', () => {
    addXujiahui();
    const line = run({ kind: 'code issue', dataDir, siteId: 'xujiahui', ttlMs: 3600_000 })[0];
    const code = /^([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(line ?? '')?.[1] ?? '';
    const { deviceId } = enrollDevice(db, code, '前台左', NOW, 0);
    const marked = run({ kind: 'device lost', dataDir, deviceId, sendFirst: true }, NOW + 60_000);
    expect(marked[0]).toContain('takes its unsent records');
    expect(run({ kind: 'device list', dataDir }).join('\n')).toContain(
      'lost, send first, never called since 2026-11-29 10:01',
    );
    expect(run({ kind: 'status', dataDir }).join('\n')).toContain(
      'lost, send first, never called since',
    );
    confirmWipe(db, deviceId, NOW + 120_000);
    expect(run({ kind: 'device list', dataDir }).join('\n')).toContain('wiped 2026-11-29 10:02');
    expect(() => run({ kind: 'device lost', dataDir, deviceId, sendFirst: false })).toThrow(
      UsageError,
    );
    expect(() =>
      run({ kind: 'device lost', dataDir, deviceId: 'dev_nobody', sendFirst: false }),
    ).toThrow(UsageError);
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

  it('issues team tokens and lets an admin act for a team on its cases', () => {
    addXujiahui();
    const added = run({ kind: 'team add', dataDir, service: 'lawyer', name: '志愿律师团' });
    expect(added[0]).toMatch(/^added team team_[a-z2-7]{16} for lawyer \(志愿律师团\)$/);
    expect(added[1]).toMatch(/token .*: team_[a-z2-7]{16}\.[A-Za-z0-9_-]{43}$/);
    expect(run({ kind: 'team list', dataDir }).join('\n')).toMatch(/lawyer\s+志愿律师团.*active/);

    const [line] = run({ kind: 'code issue', dataDir, siteId: 'xujiahui', ttlMs: 3600_000 });
    const { deviceId } = enrollDevice(db, line?.slice(0, 9) ?? '', null, NOW, 0);
    const caseId = uuidv7(NOW - 600_000);
    const desk = caseWriter(caseId);
    const events = [
      desk.desk('registered', NOW - 500_000, registeredBody(caseId)),
      desk.desk('routed', NOW - 400_000, {
        teams: ['lawyer'],
        dueDate: '2026-12-06',
        jointSession: null,
      }),
    ];
    applyPush(
      db,
      events.map((record, i) => ({ seq: i + 1, record, kioskTime: new Date(NOW).toISOString() })),
      { device: { id: deviceId, siteId: 'xujiahui' }, now: NOW, offsetMs: 0 },
    );
    const list = run({ kind: 'case list', dataDir, service: 'lawyer', filter: 'open' });
    expect(list[1]).toMatch(
      new RegExp(`^${caseId}\\s+xujiahui\\s+A-007 2026-11-29\\s+lawyer\\s+normal\\s+routed`),
    );
    // No resident details in the terminal.
    expect(list.join('\n')).not.toMatch(/王|13812345678|押金/);

    expect(run({ kind: 'case accept', dataDir, caseId, service: 'lawyer' })).toEqual([
      `lawyer: accepted on case ${caseId} (case status awaitingTeams)`,
    ]);
    run({ kind: 'case note', dataDir, caseId, service: 'lawyer', text: '已约面谈' }, NOW + 1000);
    expect(
      run(
        { kind: 'case resolve', dataDir, caseId, service: 'lawyer', result: '已出具书面意见' },
        NOW + 2000,
      ),
    ).toEqual([`lawyer: resolved on case ${caseId} (case status resultReady)`]);
    const change = pullChanges(db, 'xujiahui', 0, 10).changes.find((c) => c.kind === 'case');
    expect(readCaseUpdate(change?.body)?.events.map((e) => e.type)).toEqual([
      'registered',
      'routed',
      'teamAccepted',
      'teamProgress',
      'teamResolved',
    ]);
    expect(run({ kind: 'case list', dataDir, service: 'lawyer', filter: 'open' })).toEqual([
      'no open cases for lawyer',
    ]);
    expect(() => run({ kind: 'case accept', dataDir, caseId, service: 'notary' })).toThrow(
      TeamRefusal,
    );
    expect(() =>
      run({ kind: 'case note', dataDir, caseId: uuidv7(NOW), service: 'lawyer', text: 'x' }),
    ).toThrow(/no case with this id/);
  });
});
