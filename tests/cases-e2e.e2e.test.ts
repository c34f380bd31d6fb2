import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUB_DB_FILE, openHubDb } from '../server/db/open';
import { addSite } from '../server/store/sites';
import { issueCode } from '../server/store/codes';
import { addTeam } from '../server/store/teams';
import { TEAM_API_PATHS } from '../server/routes/team-cases';
import { uuidv7 } from '../shared/ids';
import { storedRecords, takeTicket } from './e2e/kiosk-page';
import { useKioskBrowser } from './e2e/kiosk-browser';
import { freePort, HubProcess } from './sync/hub-process';

/**
 * Issue 4's whole loop in real Chromium against the built kiosk and the real hub process: a
 * resident's intake on the kiosk, registration and routing at the desk, resolution by the linkage
 * team through the hub's API, the result shown at the desk after sync, reported back, closed.
 * Then the same with the hub stopped at each step (act, start it again on the same data dir, sync
 * resumes), and every event at the hub exactly once. Run `npx vite build` first.
 */
let dataDir: string;
let hub: HubProcess;
let enrollmentCode: string;
let teamToken: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'hub-cases-browser-'));
  const db = openHubDb(dataDir);
  const site = addSite(
    db,
    {
      street: 'xujiahui',
      roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅', en: 'Xujiahui Living Room' },
      address: { 'zh-CN': '社区生活盒子 一楼', en: 'Life box, ground floor' },
    },
    Date.now(),
  );
  enrollmentCode = issueCode(db, site.siteId, 3600_000, Date.now()).code;
  teamToken = addTeam(db, 'mediation', '徐家汇街道人民调解委员会', Date.now()).token;
  db.close();
  hub = new HubProcess(dataDir, await freePort());
  await hub.start();
});
afterAll(async () => {
  await hub?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});
const kiosk = useKioskBrowser({
  pages: 'whole suite',
  server: () => ({ hubOrigin: hub.url, enrollmentCode }),
});
beforeAll(async () => {
  await kiosk.page.goto(kiosk.url);
  await kiosk.page.getByTestId('prompt-contract').waitFor();
  await waitForStatus('[data-state="synced"][data-pending="0"]');
});

// ---- The kiosk ----

const text = (testId: string) => kiosk.page.getByTestId(testId).textContent();
const waitForStatus = (attrs: string, timeout = 90_000) =>
  kiosk.page.waitForSelector(`[data-testid="sync-status"]${attrs}`, { timeout });

/** The network is back: the kiosk syncs now rather than after its backoff. */
const syncNow = () => kiosk.page.evaluate(() => window.dispatchEvent(new Event('online')));

/** Sync until the kiosk has sent everything and the hub answered. */
async function syncedAll(): Promise<void> {
  await syncNow();
  await waitForStatus('[data-state="synced"][data-pending="0"]');
}

async function unlockDesk(): Promise<void> {
  await kiosk.page.getByTestId('staff-entry').click();
  await kiosk.page.getByTestId('volunteer-demo-zhang').click();
  for (const d of '2468') await kiosk.page.getByTestId(`pad-${d}`).click();
  await kiosk.page.getByTestId('pin-submit').click();
  await kiosk.page.getByTestId('desk-volunteer').waitFor();
}

/** Call the ticket, register it (首问登记) and route it to the mediation committee. */
async function registerAndRoute(ticket: string): Promise<void> {
  await kiosk.page.getByTestId('desk-tab-queue').click();
  await kiosk.page.getByTestId(`ticket-${ticket}`).waitFor();
  await kiosk.page.getByTestId('call-next').click();
  await expect.poll(() => text(`ticket-status-${ticket}`)).toBe('已叫号');
  await kiosk.page.getByTestId(`register-${ticket}`).click();
  await kiosk.page.getByTestId('register-matter').fill('邻居装修噪音纠纷，多次协商不成');
  await kiosk.page.getByTestId('register-category-mediation').click();
  await kiosk.page.getByTestId('register-save').click();
  await expect.poll(() => text('case-status')).toBe('已登记');
  await kiosk.page.getByTestId('outcome-route').click();
  await kiosk.page.getByTestId('route-save').click();
  await expect.poll(() => text('case-status')).toBe('等待团队办理');
  expect(await text('case-teams')).toContain('人民调解');
}

/** Open the case from the "result ready" list once a sync has brought the team's result. */
async function openResultReady(ticket: string, result: string): Promise<void> {
  await kiosk.page.getByTestId('desk-tab-lists').click();
  await kiosk.page.getByTestId('list-resultReady').click();
  await expect
    .poll(
      async () => {
        await syncNow();
        return kiosk.page.getByTestId(`case-row-${ticket}`).count();
      },
      { timeout: 60_000, interval: 1000 },
    )
    .toBe(1);
  await kiosk.page.getByTestId(`case-row-${ticket}`).getByTestId('case-row-open').click();
  await expect.poll(() => text('case-status')).toBe('有结果，待告知居民');
  expect(await text('case-teams')).toContain(result);
}

/** Record that the resident was told (by phone, a minute ago), then close the case. */
async function reportAndClose(): Promise<void> {
  await kiosk.page.getByTestId('report-how-phone').click();
  const aMinuteAgo = await kiosk.page.evaluate(() => {
    const d = new Date(Date.now() - 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await kiosk.page.getByTestId('report-when').fill(aMinuteAgo);
  await kiosk.page.getByTestId('report-save').click();
  await expect.poll(() => text('case-status')).toBe('已告知居民');
  await kiosk.page.getByTestId('case-close').click();
  await kiosk.page.getByTestId('close-confirm-confirm').click();
  await expect.poll(() => text('case-status')).toBe('已办结');
}

/** This kiosk's case events, from its own database. */
async function kioskCaseEventIds(caseId: string): Promise<string[]> {
  const rows = await storedRecords(kiosk.page);
  return rows
    .map((r) => r.record as { id: string; kind: string; caseId?: string })
    .filter((r) => r.kind === 'caseEvent' && r.caseId === caseId)
    .map((r) => r.id);
}

// ---- The team and the hub ----

interface TeamCase {
  caseId: string;
  status: string;
  stage: string;
  ticket: { number: string } | null;
}

async function teamCases(status: 'open' | 'all'): Promise<TeamCase[]> {
  const res = await fetch(`${hub.url}${TEAM_API_PATHS.cases}?status=${status}`, {
    headers: { authorization: `Bearer ${teamToken}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { cases: TeamCase[] }).cases;
}

async function teamCaseFor(ticket: string, status: 'open' | 'all' = 'open'): Promise<TeamCase> {
  const found = (await teamCases(status)).find((c) => c.ticket?.number === ticket);
  if (!found) throw new Error(`ticket ${ticket} is not in the team's ${status} cases`);
  return found;
}

function teamUpdate(caseId: string, body: Record<string, string>) {
  return fetch(hub.url + TEAM_API_PATHS.events.replace(':caseId', caseId), {
    method: 'POST',
    headers: { authorization: `Bearer ${teamToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const update = (type: string, extra: Record<string, string> = {}) => ({
  id: uuidv7(),
  type,
  at: new Date().toISOString(),
  ...extra,
});

function hubRead<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, HUB_DB_FILE), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The case as the hub has it: status and every event id (each id is unique there). */
function hubCase(caseId: string): { status: string | null; eventIds: string[] } {
  return hubRead((db) => ({
    status:
      (db.prepare('SELECT status FROM cases WHERE case_id = ?').pluck().get(caseId) as
        string | undefined) ?? null,
    eventIds: db
      .prepare('SELECT event_id FROM case_events WHERE case_id = ? ORDER BY event_id')
      .pluck()
      .all(caseId) as string[],
  }));
}

describe('a matter from the kiosk to the team and back to the resident', () => {
  it('online: intake, registration and routing, team resolution, result at the desk, report, close', async () => {
    const ticket = await takeTicket(kiosk.page);
    await syncedAll();
    await unlockDesk();
    await registerAndRoute(ticket);
    await syncedAll();

    const routed = await teamCaseFor(ticket);
    expect(routed).toMatchObject({ stage: 'routed', status: 'awaitingTeams' });
    const { caseId } = routed;
    expect((await teamUpdate(caseId, update('teamAccepted'))).status).toBe(201);
    const result = '双方达成调解协议，装修限定在工作日白天';
    expect((await teamUpdate(caseId, update('teamResolved', { result }))).status).toBe(201);

    await openResultReady(ticket, result);
    await reportAndClose();
    await syncedAll();

    const atHub = hubCase(caseId);
    expect(atHub.status).toBe('closed');
    const kioskIds = await kioskCaseEventIds(caseId);
    expect(kioskIds).toHaveLength(5); // called, registered, routed, resultReported, closed
    expect(atHub.eventIds).toHaveLength(kioskIds.length + 2);
    expect(atHub.eventIds).toEqual(expect.arrayContaining(kioskIds));
    expect((await teamCaseFor(ticket, 'all')).status).toBe('closed');
  });

  it('with the hub stopped at each step, every step still lands, exactly once', async () => {
    await kiosk.page.getByTestId('desk-exit').click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();

    // 1. The resident takes a ticket while the hub is down.
    await hub.stop();
    const ticket = await takeTicket(kiosk.page);
    await waitForStatus('[data-state="offline"][data-pending="1"]');
    await hub.start();
    await syncedAll();

    // 2. The desk registers and routes while the hub is down.
    await hub.stop();
    await unlockDesk();
    await registerAndRoute(ticket);
    await hub.start();
    await syncedAll();
    const { caseId } = await teamCaseFor(ticket);

    // 3. The team's update cannot reach a stopped hub; sent again after the restart, it is stored
    //    once, and a re-send after a lost answer is a duplicate.
    await hub.stop();
    const result = '已组织双方调解，达成书面协议';
    const resolved = update('teamResolved', { result });
    await expect(teamUpdate(caseId, resolved)).rejects.toThrow();
    await hub.start();
    expect((await teamUpdate(caseId, resolved)).status).toBe(201);
    expect((await teamUpdate(caseId, resolved)).status).toBe(200);

    // 4. The hub stops before the kiosk pulls the result; after the restart the desk shows it.
    await hub.stop();
    await kiosk.page.getByTestId('desk-tab-lists').click();
    await hub.start();
    await openResultReady(ticket, result);

    // 5. The desk reports back and closes while the hub is down.
    await hub.stop();
    await reportAndClose();
    await waitForStatus('[data-state="offline"]');
    await hub.start();
    await syncedAll();

    const atHub = hubCase(caseId);
    expect(atHub.status).toBe('closed');
    const kioskIds = await kioskCaseEventIds(caseId);
    expect(kioskIds).toHaveLength(5);
    expect(atHub.eventIds).toHaveLength(kioskIds.length + 1);
    expect(atHub.eventIds).toEqual(expect.arrayContaining(kioskIds));
    // Nothing pushed twice: the hub's records are the kiosk's records, each once.
    const kioskRecordIds = (await storedRecords(kiosk.page)).map((r) => String(r.record.id)).sort();
    expect(hubRead((db) => db.prepare('SELECT id FROM records ORDER BY id').pluck().all())).toEqual(
      kioskRecordIds,
    );
  });

  it('"sync now" on the desk brings the team’s result; a look at the phone reaches the hub once', async () => {
    await kiosk.page.getByTestId('desk-exit').click();
    await kiosk.page.getByTestId('prompt-contract').waitFor();
    const ticket = await takeTicket(kiosk.page);
    await unlockDesk();
    await registerAndRoute(ticket);
    // The volunteer does not wait for the sync loop's next round.
    await kiosk.page.getByTestId('desk-sync-now').click();
    await expect.poll(() => text('desk-sync-result')).toBe('同步完成。');
    const { caseId } = await teamCaseFor(ticket);
    const result = '已电话联系双方，约定下周调解';
    expect((await teamUpdate(caseId, update('teamResolved', { result }))).status).toBe(201);

    await kiosk.page.getByTestId('desk-tab-lists').click();
    await kiosk.page.getByTestId('list-resultReady').click();
    await kiosk.page.getByTestId('desk-sync-now').click();
    await kiosk.page.getByTestId(`case-row-${ticket}`).getByTestId('case-row-open').click();
    await expect.poll(() => text('case-teams')).toContain(result);

    await kiosk.page.getByTestId('case-phone-show').click();
    expect(await text('case-phone-full')).toBe('13812345678');
    for (let i = 0; i < 2; i++) {
      await kiosk.page.getByTestId('desk-sync-now').click();
      await expect.poll(() => text('desk-sync-result')).toBe('同步完成。');
    }
    const looks = hubRead((db) =>
      db
        .prepare("SELECT device_id FROM case_events WHERE case_id = ? AND type = 'phoneShown'")
        .all(caseId),
    );
    expect(looks).toHaveLength(1);
  });
});
