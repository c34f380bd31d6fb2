import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { runAdminCommand, type AdminCommand } from './commands';
import { enrollDevice } from '../store/devices';
import { applyPush } from '../store/records';
import { TeamRefusal } from '../store/team-refusal';
import { caseWriter, registeredBody } from '../../shared/cases/fixtures';
import { uuidv7 } from '../../shared/ids';

/**
 * The team's view from the command line: `case list` flags home visits and due dates without
 * personal details; `case show` gives one team what it needs to act, the phone only as the
 * resident consented and the visit's address only to the visiting team.
 */
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

/** A kiosk of the Xujiahui room pushes a case registered, routed and given a home visit. */
function pushCase(consent: boolean): string {
  run({ kind: 'site add', dataDir, street: 'xujiahui', room: '客厅', address: '一楼' });
  const [line] = run({ kind: 'code issue', dataDir, siteId: 'xujiahui', ttlMs: 3600_000 });
  const { deviceId } = enrollDevice(db, line?.slice(0, 9) ?? '', null, NOW, 0);
  const caseId = uuidv7(NOW - 600_000);
  const desk = caseWriter(caseId);
  const registered = consent
    ? registeredBody(caseId, { homeVisit: { reason: 'elderly' } })
    : registeredBody(caseId, {
        resident: { surname: null, salutation: null, phone: null },
        focusGroups: [],
        consent: { ...registeredBody(caseId).consent, general: false },
      });
  const events = [
    desk.desk('registered', NOW - 500_000, registered),
    desk.desk('routed', NOW - 400_000, {
      teams: ['lawyer'],
      dueDate: '2026-12-06',
      jointSession: null,
    }),
    desk.desk('homeVisitArranged', NOW - 300_000, {
      team: 'legalAid',
      reason: 'elderly',
      visitBy: '2026-12-03',
      time: '09:30',
      address: consent ? '天平路 100 弄 3 号 201 室' : null,
    }),
  ];
  const acks = applyPush(
    db,
    events.map((record, i) => ({ seq: i + 1, record, kioskTime: new Date(NOW).toISOString() })),
    { device: { id: deviceId, siteId: 'xujiahui' }, now: NOW, offsetMs: 0 },
  );
  expect(acks.map((a) => a.status)).toEqual(['stored', 'stored', 'stored']);
  return caseId;
}

describe('case list and case show', () => {
  it('lists the due date and the home-visit flag, with no personal details', () => {
    const caseId = pushCase(true);
    const visiting = run({ kind: 'case list', dataDir, service: 'legalAid', filter: 'open' });
    expect(visiting[0]).toMatch(/\bdue\s+home visit\s+case status$/);
    expect(visiting[1]).toMatch(
      new RegExp(`^${caseId}.*2026-12-03\\s+2026-12-03 09:30\\s+awaitingTeams$`),
    );
    const routed = run({ kind: 'case list', dataDir, service: 'lawyer', filter: 'open' });
    expect(routed[1]).toMatch(/2026-12-03\s+asked\s+awaitingTeams$/);
    expect([...visiting, ...routed].join('\n')).not.toMatch(/王|13812345678|押金|天平路/);
  });

  it('shows the visiting team the matter, the consented phone, and the visit time and address', () => {
    const caseId = pushCase(true);
    const shown = run({ kind: 'case show', dataDir, caseId, service: 'legalAid' }).join('\n');
    expect(shown).toMatch(/matter:\s+房东不退押金，想咨询怎么办/);
    expect(shown).toMatch(/due:\s+2026-12-03/);
    expect(shown).toMatch(/resident:\s+王 \(Ms\)/);
    expect(shown).toMatch(/phone:\s+13812345678/);
    expect(shown).toMatch(/home visit:\s+2026-12-03 09:30 \(elderly\)/);
    expect(shown).toMatch(/visit address:\s+天平路 100 弄 3 号 201 室/);
  });

  it('gives a routed team the phone but not the address of a visit by another team', () => {
    const caseId = pushCase(true);
    const shown = run({ kind: 'case show', dataDir, caseId, service: 'lawyer' }).join('\n');
    expect(shown).toMatch(/phone:\s+13812345678/);
    expect(shown).toMatch(/home visit:\s+asked for \(elderly\); not arranged with your team/);
    expect(shown).toMatch(/visit address:\s+-/);
    expect(shown).not.toContain('天平路');
  });

  it('refuses a team the case was not routed to, and shows no phone without consent', () => {
    const caseId = pushCase(false);
    expect(() => run({ kind: 'case show', dataDir, caseId, service: 'notary' })).toThrow(
      TeamRefusal,
    );
    const shown = run({ kind: 'case show', dataDir, caseId, service: 'legalAid' }).join('\n');
    expect(shown).toMatch(/phone:\s+- \(none given, or no consent\)/);
    expect(shown).toMatch(/resident:\s+-/);
  });
});
