import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../server/testing/test-hub';
import {
  consoleClient,
  seedAccount,
  TEST_PASSWORD,
  type ConsoleClient,
} from '../server/console/testing/console-client';
import {
  seedRoom,
  seedRoutedCase,
  seedSuggestion,
  seedTypicalCase,
} from '../server/console/testing/seed-cases';
import {
  ACCESS_IDS,
  apiPath,
  CONSOLE_ACCESS,
  scopeFor,
  type AccessId,
} from '../shared/console/access';
import { ROLES, type Role } from '../shared/console/roles';
import { uuidv7 } from '../shared/ids';
import { issueCode } from '../server/store/codes';
import { findSite } from '../server/store/sites';
import { addVolunteer } from '../server/store/volunteers';
import { hashPin } from '../shared/desk/pin';
import { DEFAULT_RULES } from '../shared/screening/default-rules';
import { MAPPED_FIELDS } from '../shared/screening/work-order';

/**
 * The access table expanded into a matrix and run against the real hub over HTTP with a real
 * SQLite file: every console route × every role × an object in the caller's scope and one outside
 * it → allowed or refused exactly as shared/console/access.ts says. The routes Fastify really
 * registered are compared with the table, and each must have a sample request here, so a new
 * console route without a rule (or without a row in this test) fails.
 */
let hub: TestHub;
let own: string; // routed to lawyer, in 徐家汇 (the street office's street)
let other: string; // routed to mediation, in 天平路
let target: string; // an account the admin changes
/** Rooms: in the street office's street (own) and in another (other), plus spare ones to retire. */
const room = { own: 'xujiahui', other: 'tianping' } as Record<Which, string>;
const spare = {} as Record<Which, { siteId: string; device: string; code: string }>;
let ownSuggestion: string; // left at a kiosk in 徐家汇
let otherSuggestion: string; // left at a kiosk in 天平路
let ownTypical: string; // a typical case of 徐家汇, written by someone else
let otherTypical: string; // one of 天平路
const clients = new Map<Role, ConsoleClient>();
const USERNAME: Record<Role, string> = {
  'district-admin': 'admin',
  'middle-office': 'zhongtai',
  'street-office': 'xujiahui',
  'team-member': 'lawyer',
  supervisor: 'supervisor',
};

beforeAll(async () => {
  hub = await startTestHub({ console: { loginRateLimit: { max: 10_000, timeWindow: 60_000 } } });
  const now = hub.clock.ms;
  const xujiahui = seedRoom(hub.db, 'xujiahui', now);
  const tianping = seedRoom(hub.db, 'tianping', now);
  own = seedRoutedCase(hub.db, xujiahui, ['lawyer'], now);
  other = seedRoutedCase(hub.db, tianping, ['mediation'], now + 5000, '13987654321');
  for (const [which, street] of [
    ['own', 'xujiahui'],
    ['other', 'tianping'],
  ] as const) {
    const extra = seedRoom(hub.db, street, now);
    spare[which] = {
      siteId: extra.siteId,
      device: extra.device.id,
      code: issueCode(hub.db, room[which], 3600_000, now).code,
    };
    addVolunteer(
      hub.db,
      room[which],
      { id: 'keep', name: '志愿者', pin: await hashPin('2468') },
      now,
    );
  }
  ownSuggestion = seedSuggestion(hub.db, xujiahui, '希望周末也开放', now + 6000);
  otherSuggestion = seedSuggestion(hub.db, tianping, '楼道灯坏了', now + 7000);
  await seedAccount(hub.db, 'admin', 'district-admin');
  await seedAccount(hub.db, 'zhongtai', 'middle-office');
  await seedAccount(hub.db, 'xujiahui', 'street-office', { street: 'xujiahui' });
  await seedAccount(hub.db, 'lawyer', 'team-member', { service: 'lawyer' });
  await seedAccount(hub.db, 'supervisor', 'supervisor');
  target = (await seedAccount(hub.db, 'target', 'team-member', { service: 'notary' })).id;
  ownTypical = seedTypicalCase(hub.db, 'xujiahui', target, now);
  otherTypical = seedTypicalCase(hub.db, 'tianping', target, now + 1);
  for (const role of ROLES) {
    const c = consoleClient(() => hub.url);
    expect((await c.login(USERNAME[role], TEST_PASSWORD)).status).toBe(200);
    clients.set(role, c);
  }
});
afterAll(() => hub?.close());

type Which = 'own' | 'other';
interface Sample {
  path: (which: Which) => string;
  body?: (which: Which) => unknown;
}
let serial = 0;
const street = (w: Which) => ({ street: w === 'own' ? 'xujiahui' : 'tianping' });
const streetMonth = (w: Which) => ({ ...street(w), month: '2026-12' });
const NO_MAPPING = Object.fromEntries(MAPPED_FIELDS.map((f) => [f, null]));
/** One request per route, valid for a caller allowed to make it. */
const SAMPLES: Record<AccessId, Sample> = {
  'session.login': {
    path: () => apiPath('session.login'),
    body: () => ({ username: 'admin', password: TEST_PASSWORD }),
  },
  'session.read': { path: () => apiPath('session.read') },
  'session.logout': { path: () => apiPath('session.logout'), body: () => ({}) },
  // A wrong current password: past the guard, refused by the route itself (nothing changes).
  'session.password': {
    path: () => apiPath('session.password'),
    body: () => ({ current: 'wrong password', next: 'another long password' }),
  },
  'live.counts': { path: () => apiPath('live.counts') },
  'live.events': { path: () => apiPath('live.events') },
  'sites.list': { path: () => apiPath('sites.list') },
  'team.cases': { path: () => apiPath('team.cases') },
  'team.case': { path: (w) => apiPath('team.case', { caseId: w === 'own' ? own : other }) },
  'team.act': {
    path: (w) => apiPath('team.act', { caseId: w === 'own' ? own : other }),
    body: () => ({ id: uuidv7(), type: 'teamProgress', note: '已联系居民' }),
  },
  'cases.list': { path: () => apiPath('cases.list') },
  'cases.read': { path: (w) => apiPath('cases.read', { caseId: w === 'own' ? own : other }) },
  'accounts.list': { path: () => apiPath('accounts.list') },
  'accounts.create': {
    path: () => apiPath('accounts.create'),
    body: () => ({
      username: `new${++serial}`,
      displayName: '新人',
      role: 'supervisor',
      scope: { street: null, service: null, streets: [] },
      password: 'a long enough password',
    }),
  },
  'accounts.update': {
    path: () => apiPath('accounts.update', { accountId: target }),
    body: () => ({ displayName: `目标${++serial}` }),
  },
  'accounts.resetPassword': {
    path: () => apiPath('accounts.resetPassword', { accountId: target }),
    body: () => ({ password: 'a new long password' }),
  },
  'audit.list': { path: () => apiPath('audit.list') },
  'stats.read': { path: (w) => `${apiPath('stats.read')}?${statsPlace(w)}` },
  'stats.export': {
    path: (w) => `${apiPath('stats.export')}?${statsPlace(w)}&report=annual&format=csv`,
  },
  'stats.satisfaction': { path: (w) => `${apiPath('stats.satisfaction')}?${statsPlace(w)}` },
  'stats.lowRatings': { path: (w) => `${apiPath('stats.lowRatings')}?${statsPlace(w)}` },
  'rooms.list': { path: () => apiPath('rooms.list') },
  // In the caller's own street: another street is refused by the route (tested below).
  'rooms.create': {
    path: () => apiPath('rooms.create'),
    body: () => ({
      street: 'xujiahui',
      roomName: { 'zh-CN': `新客厅${++serial}` },
      address: { 'zh-CN': '二楼' },
    }),
  },
  'rooms.read': { path: (w) => apiPath('rooms.read', { siteId: room[w] }) },
  'rooms.update': {
    path: (w) => apiPath('rooms.update', { siteId: room[w] }),
    body: (w) => {
      const site = findSite(hub.db, room[w]);
      return site && { ...site, roomName: { 'zh-CN': `客厅${++serial}`, en: 'Room' } };
    },
  },
  'rooms.retire': {
    path: (w) => apiPath('rooms.retire', { siteId: spare[w].siteId }),
    body: () => ({}),
  },
  'rooms.rota': {
    path: (w) => apiPath('rooms.rota', { siteId: room[w] }),
    body: () => ({
      entries: [
        {
          weekday: 1,
          start: '09:00',
          end: '12:00',
          service: 'lawyer',
          who: `志愿律师 ${++serial}`,
        },
      ],
    }),
  },
  'rooms.theme': {
    path: (w) => apiPath('rooms.theme', { siteId: room[w] }),
    body: () => ({
      month: '2026-12',
      title: { 'zh-CN': '民法典进社区', en: 'The Civil Code' },
      date: '2026-12-18',
      place: { 'zh-CN': '多功能厅', en: 'Hall' },
    }),
  },
  'rooms.volunteers': { path: (w) => apiPath('rooms.volunteers', { siteId: room[w] }) },
  'rooms.volunteerAdd': {
    path: (w) => apiPath('rooms.volunteerAdd', { siteId: room[w] }),
    body: () => ({ id: `v${++serial}`, name: '新志愿者', pin: '1357', pinAgain: '1357' }),
  },
  'rooms.volunteerRemove': {
    path: (w) => apiPath('rooms.volunteerRemove', { siteId: room[w], volunteerId: `v${serial}` }),
    body: () => ({}),
  },
  'rooms.volunteerPin': {
    path: (w) => apiPath('rooms.volunteerPin', { siteId: room[w], volunteerId: 'keep' }),
    body: () => ({ pin: '9753', pinAgain: '9753' }),
  },
  'rooms.devices': { path: (w) => apiPath('rooms.devices', { siteId: room[w] }) },
  'rooms.codeIssue': {
    path: (w) => apiPath('rooms.codeIssue', { siteId: room[w] }),
    body: () => ({ hours: 2 }),
  },
  'rooms.codeRevoke': {
    path: (w) => apiPath('rooms.codeRevoke', { siteId: room[w], code: spare[w].code }),
    body: () => ({}),
  },
  'rooms.deviceRevoke': {
    path: (w) =>
      apiPath('rooms.deviceRevoke', { siteId: spare[w].siteId, deviceId: spare[w].device }),
    body: () => ({}),
  },
  'triage.list': { path: () => `${apiPath('triage.list')}?reason=overdue` },
  // A note: always allowed on an open case, so every permitted call succeeds.
  'triage.act': {
    path: (w) => apiPath('triage.act', { caseId: w === 'own' ? own : other }),
    body: () => ({ id: uuidv7(), type: 'officeNote', text: '中台已研判' }),
  },
  // issue 12
  'suggestions.list': { path: () => apiPath('suggestions.list') },
  'suggestions.update': {
    path: (w) =>
      apiPath('suggestions.update', {
        suggestionId: w === 'own' ? ownSuggestion : otherSuggestion,
      }),
    body: () => ({ topic: 'openingHours' }),
  },
  'typicalCases.list': { path: () => apiPath('typicalCases.list') },
  'typicalCases.export': { path: () => apiPath('typicalCases.export') },
  // An open case: past the guard, the route answers case_not_closed (nothing is written).
  'typicalCases.create': {
    path: (w) => apiPath('typicalCases.create', { caseId: w === 'own' ? own : other }),
    body: () => TYPICAL_DRAFT,
  },
  'typicalCases.read': { path: (w) => apiPath('typicalCases.read', { typicalCaseId: typical(w) }) },
  'typicalCases.update': {
    path: (w) => apiPath('typicalCases.update', { typicalCaseId: typical(w) }),
    body: () => TYPICAL_DRAFT,
  },
  'typicalCases.approve': {
    path: (w) => apiPath('typicalCases.approve', { typicalCaseId: typical(w) }),
    body: () => ({}),
  },
  'typicalCases.publish': {
    path: (w) => apiPath('typicalCases.publish', { typicalCaseId: typical(w) }),
    body: () => ({ published: true }),
  },
  // The monthly screening: `own` is the street office's street (徐家汇), `other` is 天平路.
  // Upload routes get JSON here: past the guard they refuse it as `file_type`, not a refusal.
  'screening.status': { path: () => apiPath('screening.status') },
  'screening.preview': { path: (w) => apiPath('screening.preview', street(w)), body: () => ({}) },
  'screening.mapping': {
    path: (w) => apiPath('screening.mapping', street(w)),
    body: () => ({
      ...NO_MAPPING,
      orderNo: '工单编号',
      receivedAt: '受理时间',
      request: '诉求内容',
    }),
  },
  'screening.import': { path: (w) => apiPath('screening.import', street(w)), body: () => ({}) },
  'screening.orders': { path: (w) => `${apiPath('screening.orders', street(w))}?month=2026-12` },
  'screening.correct': {
    path: (w) => apiPath('screening.correct', { ...street(w), orderNo: 'GD2026120001' }),
    body: () => ({ category: 'dispute', topic: 'neighbours' }),
  },
  'screening.meeting': { path: (w) => apiPath('screening.meeting', streetMonth(w)) },
  'screening.petition': {
    path: (w) => apiPath('screening.petition', streetMonth(w)),
    body: () => ({ community: '汇站居委', topic: null, summary: '信访：楼道堆物多次反映' }),
  },
  'screening.plan': {
    path: (w) => apiPath('screening.plan', streetMonth(w)),
    body: () => ({
      kind: 'activity',
      title: '邻里纠纷调解进楼组',
      owner: '司法所',
      date: '2026-12-20',
      topic: 'neighbours',
    }),
  },
  'screening.theme': {
    path: (w) => apiPath('screening.theme', { ...streetMonth(w), itemId: '999999' }),
    body: () => ({ place: '客厅' }),
  },
  'screening.hold': {
    path: (w) => apiPath('screening.hold', streetMonth(w)),
    body: () => ({ notes: '' }),
  },
  'screening.rules': { path: () => apiPath('screening.rules') },
  'screening.rulesSave': { path: () => apiPath('screening.rulesSave'), body: () => DEFAULT_RULES },
};
const typical = (w: Which) => (w === 'own' ? ownTypical : otherTypical);
const TYPICAL_DRAFT = {
  prompt: 'family',
  title: '赡养纠纷联合调解',
  facts: '老人王某的子女因赡养费分担发生争执。',
  resolution: '人民调解员与律师共同调解，子女按月支付赡养费。',
  law: '《民法典》第一千零六十七条',
  services: ['mediation', 'lawyer'],
};

/** A statistics place: the street office's own street, or another. */
function statsPlace(which: Which): string {
  return `scope=street&id=${which === 'own' ? 'xujiahui' : 'tianping'}&from=2026-01&to=2026-12`;
}

/** What the table says: allowed for this role on this object? */
function expected(id: AccessId, role: Role, which: Which): boolean {
  const rule = CONSOLE_ACCESS[id];
  if ('public' in rule) return true;
  const scope = scopeFor(id, role);
  if (scope === null) return false;
  if (rule.object === 'none' || rule.object === 'account' || which === 'own') return true;
  return scope === 'district';
}

const REFUSED = new Set([
  'forbidden',
  'out_of_scope',
  'unauthenticated',
  'session_expired',
  'csrf_failed',
]);

async function call(
  c: ConsoleClient | null,
  id: AccessId,
  which: Which,
): Promise<{ status: number; code: string | null }> {
  const rule = CONSOLE_ACCESS[id];
  const sample = SAMPLES[id];
  const url = hub.url + sample.path(which);
  if (id === 'live.events') {
    // A stream: the status and the first bytes are enough.
    const abort = new AbortController();
    const res = await fetch(url, {
      headers: c?.cookie ? { cookie: c.cookie } : {},
      signal: abort.signal,
    });
    const code = res.ok ? null : ((await res.json()) as { error: string }).error;
    abort.abort();
    return { status: res.status, code };
  }
  if (id === 'session.login') {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sample.body?.(which)),
    });
    return {
      status: res.status,
      code: res.ok ? null : ((await res.json()) as { error: string }).error,
    };
  }
  const client = c ?? consoleClient(() => hub.url);
  const res =
    rule.method === 'GET'
      ? await client.get(sample.path(which))
      : await client.post(sample.path(which), sample.body?.(which));
  const body = res.body as { error?: string } | null;
  return { status: res.status, code: res.status >= 400 ? (body?.error ?? 'unknown') : null };
}

describe('the console access matrix', () => {
  it('registers exactly the routes of the table, and the test has a sample for each', async () => {
    await hub.app.ready();
    const registered = hub.app.consoleRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const table = ACCESS_IDS.map(
      (id) => `${CONSOLE_ACCESS[id].method} ${CONSOLE_ACCESS[id].path}`,
    ).sort();
    expect(registered).toEqual(table);
    expect(Object.keys(SAMPLES).sort()).toEqual([...ACCESS_IDS].sort());
  });

  const cases = ACCESS_IDS.filter((id) => id !== 'session.logout').flatMap((id) =>
    ROLES.flatMap((role) => (['own', 'other'] as const).map((which) => [id, role, which] as const)),
  );
  it.each(cases)('%s as %s on %s object', async (id, role, which) => {
    const result = await call(clients.get(role) ?? null, id, which);
    const allowed = expected(id, role, which);
    if (allowed) {
      expect(
        result.code === null || !REFUSED.has(result.code),
        `${id} ${role} ${which}: ${result.status} ${result.code}`,
      ).toBe(true);
    } else {
      expect(result.status).toBe(403);
      expect(['forbidden', 'out_of_scope']).toContain(result.code);
    }
  });

  it('refuses every non-public route without a session', async () => {
    for (const id of ACCESS_IDS) {
      if ('public' in CONSOLE_ACCESS[id]) continue;
      const result = await call(null, id, 'own');
      expect(result.status, id).toBe(401);
      expect(result.code, id).toBe('unauthenticated');
    }
  });

  it('lists only what is in scope, whatever the query asks for', async () => {
    const street = clients.get('street-office');
    const list = (await street?.get(`${apiPath('cases.list')}?street=tianping&filter=all`))
      ?.body as { rows: { caseId: string }[] };
    expect(list.rows.map((r) => r.caseId)).toEqual([own]);
    const team = clients.get('team-member');
    const inbox = (await team?.get(`${apiPath('team.cases')}?view=open`))?.body as {
      rows: { caseId: string }[];
    };
    expect(inbox.rows.map((r) => r.caseId)).toEqual([own]);
  });

  it('keeps a street office to its street in the statistics: the district, or a room elsewhere, is refused', async () => {
    const street = clients.get('street-office');
    const ask = async (place: string) =>
      (await street?.get(`${apiPath('stats.read')}?${place}&from=2026-01&to=2026-12`))?.status;
    expect(await ask('scope=district')).toBe(403);
    expect(await ask('scope=room&id=tianping')).toBe(403);
    expect(await ask('scope=room&id=xujiahui')).toBe(200);
    expect(await ask('scope=street&id=xujiahui')).toBe(200);
  });

  it('logs out every role last: the session ends', async () => {
    for (const role of ROLES) {
      const c = clients.get(role);
      if (!c) continue;
      expect((await c.post(apiPath('session.logout'), {})).status).toBe(200);
      expect((await c.get(apiPath('session.read'))).status).toBe(401);
    }
  });
});
