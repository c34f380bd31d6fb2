import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import { caseWriter, minutes, registeredBody } from '../../shared/cases/fixtures';
import type { CaseEvent } from '../../shared/cases/events';
import type { PullResponse, WireChange } from '../../shared/sync/protocol';
import { applyPullPage, nextPullCursor, readPullCursor, type PullDbs } from '../sync/pull';
import { openRecordsDb, type RecordsDb } from './records-db';
import { openContentDb, type ContentDb } from './content-db';
import { caseById, recordCaseEvent } from './cases';
import { readCaseCursor } from './cases-pull';
import { moveContentCases } from './move-content-cases';
import { pendingCount } from './records';

let records: RecordsDb;
let content: ContentDb;
let dbs: PullDbs;
let n = 0;
beforeEach(() => {
  n += 1;
  records = openRecordsDb(`cases-pull-${n}`);
  content = openContentDb(`cases-pull-content-${n}`);
  dbs = { records, content };
});
afterEach(async () => {
  vi.useRealTimers();
  await records.delete();
  await content.delete();
});

const DAY_MS = 24 * 3600_000;

/** A case this kiosk registered and routed to the lawyers and the mediators. */
async function routedCase() {
  const caseId = uuidv7(minutes(0));
  const w = caseWriter(caseId);
  const events = [
    w.desk('registered', minutes(5), registeredBody(caseId)),
    w.desk('routed', minutes(10), {
      teams: ['lawyer', 'mediation'],
      dueDate: '2026-12-06',
      jointSession: null,
    }),
  ];
  for (const e of events) expect((await recordCaseEvent(records, e)).ok).toBe(true);
  return { caseId, w, events: events as CaseEvent[] };
}

/** A pull page with one `case` change carrying the case's whole history, as the hub sends it. */
function casePage(cursor: number, caseId: string, events: CaseEvent[]): PullResponse {
  const change: WireChange = {
    cursor,
    kind: 'case',
    key: caseId,
    body: { caseId, status: 'awaitingTeams', events },
  };
  return { changes: [change], cursor, more: false, hubTime: '2026-11-29T02:00:00.000Z' };
}

const stageOf = async (caseId: string, team: string) =>
  (await caseById(records, caseId))?.teams.find((t) => t.team === team)?.stage;

describe('pulled case changes go straight into the records database', () => {
  it('applies every update whatever the kiosk clock does between pulls', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T10:00:00+08:00'));
    const { caseId, w, events } = await routedCase();
    const accepted = w.team('teamAccepted', 'lawyer', minutes(100), {});
    await applyPullPage(dbs, 0, casePage(1, caseId, [...events, accepted]));
    expect(await stageOf(caseId, 'lawyer')).toBe('accepted');

    // The clock is stepped back two days (a flat RTC battery, a wrong manual set).
    vi.setSystemTime(Date.now() - 2 * DAY_MS);
    const resolved = w.team('teamResolved', 'lawyer', minutes(200), { result: '已出具意见' });
    await applyPullPage(dbs, 1, casePage(2, caseId, [...events, accepted, resolved]));
    expect(await stageOf(caseId, 'lawyer')).toBe('resolved');

    // Then a year forward, then back to the right time: each update still lands.
    vi.setSystemTime(Date.now() + 365 * DAY_MS);
    const mediating = w.team('teamAccepted', 'mediation', minutes(300), {});
    await applyPullPage(dbs, 2, casePage(3, caseId, [...events, accepted, resolved, mediating]));
    vi.setSystemTime(new Date('2026-11-29T12:00:00+08:00'));
    const mediated = w.team('teamResolved', 'mediation', minutes(400), { result: '调解成功' });
    const all = [...events, accepted, resolved, mediating, mediated];
    await applyPullPage(dbs, 3, casePage(4, caseId, all));

    const view = await caseById(records, caseId);
    expect(view?.status).toBe('resultReady');
    // Nothing doubled: each event once, however many changes carried it.
    expect(view?.timeline.map((t) => t.event.id)).toEqual(all.map((e) => e.id));
    expect(await readCaseCursor(records)).toBe(4);
    // Hub events are not this kiosk's to push: only its own two desk events wait.
    expect(await pendingCount(records)).toBe(2);
  });

  it('a page applied twice (a lost answer, another tab) changes nothing the second time', async () => {
    const { caseId, w, events } = await routedCase();
    const page = casePage(5, caseId, [
      ...events,
      w.team('teamAccepted', 'lawyer', minutes(100), {}),
    ]);
    expect((await applyPullPage(dbs, 0, page)).applied).toBe(1);
    const before = await records.table('caseEvents').count();
    expect(await applyPullPage(dbs, 0, page)).toEqual({ applied: 0, skipped: 0, stale: true });
    expect(await records.table('caseEvents').count()).toBe(before);
  });

  it('keeps the case and its cursor together: a failed case write moves neither', async () => {
    const { caseId, w, events } = await routedCase();
    records.table('caseEvents').hook('creating', () => {
      throw new Error('disk trouble');
    });
    const accepted = w.team('teamAccepted', 'lawyer', minutes(100), {});
    await expect(
      applyPullPage(dbs, 0, casePage(1, caseId, [...events, accepted])),
    ).rejects.toThrow();
    expect(await readCaseCursor(records)).toBe(0);
    expect(await stageOf(caseId, 'lawyer')).toBe('routed');
  });

  it('never stores a case in the content database', async () => {
    const { caseId, events } = await routedCase();
    await applyPullPage(dbs, 0, casePage(1, caseId, events));
    expect(await content.content.where('key').startsWith('hub:case:').count()).toBe(0);
    expect(await readPullCursor(content)).toBe(1);
  });

  it('a wiped content database pulls from 0 again without re-applying the cases', async () => {
    const { caseId, events } = await routedCase();
    await applyPullPage(dbs, 0, casePage(3, caseId, events));
    await content.content.clear();
    expect(await nextPullCursor(dbs)).toBe(0);
    const again = await applyPullPage(dbs, 0, casePage(3, caseId, events));
    expect(again).toEqual({ applied: 0, skipped: 0, stale: false });
    expect(await readPullCursor(content)).toBe(3);
  });

  it('a hub that starts its feed again (database replaced) is followed back to its cursor', async () => {
    const { caseId, w, events } = await routedCase();
    await applyPullPage(dbs, 0, casePage(40, caseId, events));
    const accepted = w.team('teamAccepted', 'lawyer', minutes(100), {});
    await applyPullPage(dbs, 40, casePage(2, caseId, [...events, accepted]));
    expect(await readCaseCursor(records)).toBe(2);
    expect(await stageOf(caseId, 'lawyer')).toBe('accepted');
  });
});

describe('moving what older kiosks kept in the content database', () => {
  it('folds the hub:case entries into the records, takes over the cursor, then deletes them', async () => {
    const { caseId, w, events } = await routedCase();
    const accepted = w.team('teamAccepted', 'mediation', minutes(100), {});
    const updatedAt = '2026-11-29T03:00:00.000Z';
    await content.content.bulkPut([
      {
        key: `hub:case:${caseId}`,
        value: { caseId, status: 'x', events: [...events, accepted] },
        updatedAt,
      },
      { key: 'hub:case:unreadable', value: { not: 'a case' }, updatedAt },
      { key: 'hub:site', value: { siteId: 'tianlin' }, updatedAt },
      { key: 'pull:cursor', value: 17, updatedAt },
    ]);
    expect(await moveContentCases(records, content)).toBe(2);
    expect(await stageOf(caseId, 'mediation')).toBe('accepted');
    expect(await readCaseCursor(records)).toBe(17);
    expect((await content.content.toCollection().primaryKeys()).sort()).toEqual([
      'hub:site',
      'pull:cursor',
    ]);
    // Run again (a restart): nothing left to move, nothing changes.
    expect(await moveContentCases(records, content)).toBe(0);
    expect((await caseById(records, caseId))?.timeline).toHaveLength(3);
  });
});
