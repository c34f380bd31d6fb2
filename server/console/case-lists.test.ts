import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempHubDb } from '../testing/temp-db';
import { seedDemo } from '../demo';
import { generateDemo } from '../demo/generator';
import { findCase } from '../store/cases';
import { findAccountByUsername, type Account } from './accounts';
import { listCases, listTeamCases } from './case-lists';
import { shanghaiDay } from './time';
import type { CaseView } from '../../shared/cases/derive';
import {
  CasesQuery,
  TEAM_VIEWS,
  TeamCasesQuery,
  type TeamView,
} from '../../shared/console/requests';

const NOW = Date.UTC(2026, 10, 29, 4, 0, 0);
const temp = openTempHubDb();
const views = new Map<string, CaseView>();

beforeAll(async () => {
  seedDemo(temp.db, NOW);
  await generateDemo(temp.db, { seed: 5, cases: 240, rooms: 4, months: 4, now: NOW });
  for (const id of temp.db.prepare('SELECT case_id FROM cases').pluck().all() as string[]) {
    const view = findCase(temp.db, id);
    if (view) views.set(id, view);
  }
}, 60_000);
afterAll(() => temp.cleanup());

/** What each inbox view means, said once more over the derived cases (not over the index). */
function expected(service: string, view: TeamView): string[] {
  const today = shanghaiDay(NOW);
  return [...views.values()]
    .filter((c) => {
      const t = c.teams.find((x) => x.team === service && (x.routed || x.homeVisit));
      if (!t) return false;
      const open = t.stage !== 'resolved' && t.handedBack === null;
      const closed = c.status === 'closed';
      switch (view) {
        case 'open':
          return open && !closed;
        case 'new':
        case 'accepted':
        case 'inProgress':
          return open && !closed && t.stage === (view === 'new' ? 'routed' : view);
        case 'overdue':
          return open && !closed && c.openDue !== null && c.openDue < today;
        case 'sessions':
          return open && !closed && c.jointSession !== null;
        case 'handedBack':
          return t.handedBack !== null && !closed;
        case 'resolved':
          return t.stage === 'resolved';
      }
    })
    .map((c) => c.caseId)
    .sort();
}

function listed(account: Account, view: TeamView): string[] {
  const query = TeamCasesQuery.parse({ view, pageSize: 100 });
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const { rows, total } = listTeamCases(temp.db, account, { ...query, page }, NOW);
    ids.push(...rows.map((r) => r.caseId));
    if (ids.length >= total || rows.length === 0) break;
  }
  return ids.sort();
}

describe('the console lists, read from the sort keys kept beside each case', () => {
  it('list in every inbox view exactly the cases the derived histories put there', () => {
    for (const username of ['lawyer', 'mediation', 'notary']) {
      const account = findAccountByUsername(temp.db, username);
      if (!account?.scope.service) throw new Error(`no demo account ${username}`);
      for (const view of TEAM_VIEWS) {
        const want = expected(account.scope.service, view);
        expect(listed(account, view), `${username} ${view}`).toEqual(want);
      }
      expect(expected(account.scope.service, 'open').length).toBeGreaterThan(0);
    }
  });

  it('sorts the inbox most urgent first: overdue cases before the rest', () => {
    const lawyer = findAccountByUsername(temp.db, 'lawyer');
    if (!lawyer) throw new Error('no lawyer');
    const { rows } = listTeamCases(temp.db, lawyer, TeamCasesQuery.parse({ pageSize: 100 }), NOW);
    const flags = rows.map((r) => r.overdue);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(flags).toContain(true);
  });

  it('pages the overdue district list by due date, latest first, with nothing left out', () => {
    const today = shanghaiDay(NOW);
    const query = CasesQuery.parse({ filter: 'overdue', sort: 'due', pageSize: 100 });
    const { rows, total } = listCases(temp.db, null, query, NOW);
    const want = [...views.values()].filter((c) => c.openDue !== null && c.openDue < today);
    expect(total).toBe(want.length);
    const dues = rows.map((r) => r.openDue ?? '');
    expect(dues).toEqual([...dues].sort().reverse());
  });
});
