import type { Db } from '../db/open';
import { issueCode } from '../store/codes';
import { enrollDevice } from '../store/devices';
import { applyPush } from '../store/records';
import { refreshCase } from '../store/cases';
import { StatsBatch } from '../store/stats/batch';
import { addSite, findSite, listSites } from '../store/sites';
import { putVolunteer } from '../store/volunteers';
import {
  findAccountByUsername,
  insertAccount,
  prepareAccount,
  type Account,
} from '../console/accounts';
import { recordConsoleTeamAction } from '../console/team-actions';
import { DEMO_SITE_ID } from '../demo';
import { planCase } from './scenario';
import { DEMO_ACCOUNTS, DEMO_CONSOLE_PASSWORD } from './demo-accounts';
import { seededRandom } from '../../shared/testing/seeded-random';
import { STREETS } from '../../shared/sites';
import { hashPin } from '../../shared/desk/pin';
import type { ServiceId } from '../../shared/catalogue/ids';

/**
 * The district's demo data, from one seed (shared/testing/seeded-random.ts): rooms in several
 * streets with a kiosk each, desk volunteers, the console's demo accounts, and `cases` cases spread
 * over the past `months` months in every state. Kiosk records go through `applyPush` (the push
 * route's own store function) and team actions through the workbench's, so every case, its
 * status, its team stages and its pull-feed change are derived exactly as in real life. Used by
 * `serve --demo` (a few hundred cases), the tests and the console bench (200,000 cases).
 */
export interface DemoOptions {
  seed: number;
  cases: number;
  rooms: number;
  months: number;
  now: number;
}

export interface DemoSummary {
  sites: string[];
  cases: number;
  records: number;
  teamActions: number;
  /** Every phone number a resident left, for tests that prove where they never appear. */
  phones: string[];
}

export const SERVE_DEMO: Omit<DemoOptions, 'now'> = { seed: 2026, cases: 360, rooms: 6, months: 4 };

/** The demo console accounts (docs/console.md; no first-login change for these documented ones). */
export async function ensureDemoAccounts(db: Db, now: number): Promise<Account[]> {
  const accounts: Account[] = [];
  for (const demo of DEMO_ACCOUNTS) {
    const found = findAccountByUsername(db, demo.username);
    if (found) {
      accounts.push(found);
      continue;
    }
    const prepared = await prepareAccount({
      ...demo,
      password: DEMO_CONSOLE_PASSWORD,
      mustChangePassword: false,
    });
    accounts.push(insertAccount(db, prepared, now));
  }
  return accounts;
}

/** Rooms for the demo: the 徐家汇 demo room first, then one per street in turn. */
function ensureRooms(db: Db, rooms: number, now: number): string[] {
  const ids: string[] = [];
  if (findSite(db, DEMO_SITE_ID)) ids.push(DEMO_SITE_ID);
  const existing = listSites(db)
    .map((s) => s.siteId)
    .filter((id) => id !== DEMO_SITE_ID);
  ids.push(...existing.slice(0, rooms - ids.length));
  for (let i = ids.length; i < rooms; i++) {
    const street = STREETS[(i * 5) % STREETS.length] ?? STREETS[0];
    const site = addSite(
      db,
      {
        street: street.id,
        roomName: { 'zh-CN': `${street.zh}公共法律服务客厅`, en: `${street.en} Living Room` },
        address: {
          'zh-CN': `${street.zh}社区生活盒子（演示地址）`,
          en: `${street.en} life box (demo address)`,
        },
      },
      now,
    );
    ids.push(site.siteId);
  }
  return ids;
}

export async function generateDemo(db: Db, options: DemoOptions): Promise<DemoSummary> {
  const rand = seededRandom(options.seed);
  const { now } = options;
  const sites = ensureRooms(db, options.rooms, now);
  const pin = await hashPin('2468');
  const devices = sites.map((siteId) => {
    const { code } = issueCode(db, siteId, 3600_000, now);
    const device = enrollDevice(db, code, `demo kiosk ${siteId}`, now, 0);
    putVolunteer(db, siteId, { id: 'demo-zhang', name: '张志愿者', pin }, now);
    return { id: device.deviceId, siteId };
  });
  const accounts = await ensureDemoAccounts(db, now);
  const teamAccount = new Map<ServiceId, Account>();
  for (const a of accounts)
    if (a.role === 'team-member' && a.scope.service) teamAccount.set(a.scope.service, a);

  const span = options.months * 30 * 24 * 3600_000;
  const perDevice = new Map<string, { records: Parameters<typeof applyPush>[1]; siteId: string }>();
  const teamActions: {
    at: number;
    service: ServiceId;
    caseId: string;
    action: ReturnType<typeof planCase>['team'][number]['action'];
  }[] = [];
  const phones: string[] = [];
  let recordCount = 0;
  const opened: number[] = [];
  for (let i = 0; i < options.cases; i++) opened.push(now - Math.floor(rand() * span) - 3600_000);
  opened.sort((a, b) => a - b);
  opened.forEach((openedAt, i) => {
    const device = devices[Math.floor(rand() * devices.length)] ?? devices[0];
    if (!device) return;
    const plan = planCase(rand, {
      openedAt,
      now,
      ticketNumber: (i % 900) + 1,
      deviceId: device.id,
    });
    if (plan.phone) phones.push(plan.phone);
    const entry = perDevice.get(device.id) ?? { records: [], siteId: device.siteId };
    for (const record of plan.records)
      entry.records.push({ seq: 0, kioskTime: record.createdAt, record });
    perDevice.set(device.id, entry);
    const caseId =
      plan.records.find((r) => r.kind === 'intake')?.id ??
      (plan.records[0] as { caseId: string } | undefined)?.caseId;
    if (caseId) for (const act of plan.team) teamActions.push({ ...act, caseId });
  });

  // Each kiosk's records in one push (one transaction), in order, as its outbox would send them
  // after a long time offline: the push derives each touched case once, at its end.
  for (const [deviceId, entry] of perDevice) {
    const items = entry.records.sort((a, b) => Date.parse(a.kioskTime) - Date.parse(b.kioskTime));
    items.forEach((item, i) => (item.seq = i + 1));
    const acks = applyPush(db, items, {
      device: { id: deviceId, siteId: entry.siteId },
      now,
      offsetMs: 0,
    });
    const bad = acks.find((a) => a.status === 'rejected');
    if (bad) throw new Error(`demo record refused: ${bad.status === 'rejected' ? bad.reason : ''}`);
    recordCount += acks.length;
  }

  // The teams' actions through the workbench's own function, in time order, in one transaction;
  // each case they touched is derived and published once at the end (not once per action), so a
  // 200,000-case bench database takes minutes, not an hour.
  teamActions.sort((a, b) => a.at - b.at);
  db.transaction(() => {
    const touched = new Map<string, string>();
    for (const act of teamActions) {
      const account = teamAccount.get(act.service);
      if (!account) continue;
      recordConsoleTeamAction(db, account, act.caseId, act.action, 'demo', act.at, touched);
    }
    const stats = new StatsBatch(db);
    for (const [caseId, siteId] of touched) refreshCase(db, caseId, siteId, now, stats);
    stats.flush();
  })();
  return {
    sites,
    cases: options.cases,
    records: recordCount,
    teamActions: teamActions.length,
    phones,
  };
}
