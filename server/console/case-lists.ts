import type { Db } from '../db/open';
import type { Account } from './accounts';
import { shanghaiDay } from './time';
import type { CasesQuery, TeamCasesQuery, TeamView } from '../../shared/console/requests';
import type { CaseRow } from '../../shared/console/views';
import type { ServiceId } from '../../shared/catalogue/ids';
import type { StreetId } from '../../shared/sites';

/**
 * The console's case lists, paged and sorted here in SQL on the columns `refreshCase` keeps
 * (migration console-case-index), so a page costs one indexed query whatever the district's size.
 * Rows carry no personal information: opening a case is what shows it (and is audited).
 */

const URGENCY = ['urgent', 'soon', 'normal'] as const;

export interface Row {
  case_id: string;
  site_id: string;
  street: StreetId;
  status: string;
  ticket: string | null;
  category: ServiceId | null;
  urgency_rank: number | null;
  due_date: string | null;
  open_due: string | null;
  session_at: string | null;
  opened_at: string;
  updated_at: string;
  stage?: CaseRow['stage'];
  handed_back?: number;
}

export const COLUMNS = `c.case_id, c.site_id, s.street, c.status, c.ticket, c.category, c.urgency_rank,
  c.due_date, c.open_due, c.session_at, c.opened_at, c.updated_at`;

/**
 * The inbox views over `case_teams` alone: each row carries its case's sort keys (migration
 * case-teams-sort-keys), so counting and sorting never join `cases`.
 */
export const TEAM_VIEW_WHERE: Record<TeamView, string> = {
  open: `t.stage <> 'resolved' AND t.handed_back = 0 AND t.closed = 0`,
  new: `t.stage = 'routed' AND t.handed_back = 0 AND t.closed = 0`,
  accepted: `t.stage = 'accepted' AND t.handed_back = 0 AND t.closed = 0`,
  inProgress: `t.stage = 'inProgress' AND t.handed_back = 0 AND t.closed = 0`,
  overdue: `t.stage <> 'resolved' AND t.handed_back = 0 AND t.closed = 0 AND t.open_due < @today`,
  sessions: `t.session_at IS NOT NULL AND t.stage <> 'resolved' AND t.handed_back = 0`,
  handedBack: `t.handed_back = 1 AND t.closed = 0`,
  resolved: `t.stage = 'resolved'`,
};

/** Most urgent first: overdue, then urgency, then the earliest due date, then the oldest. */
const URGENCY_ORDER = `(t.open_due IS NOT NULL AND t.open_due < @today) DESC, t.urgency_rank IS NULL,
  t.urgency_rank, t.open_due IS NULL, t.open_due, t.opened_at, t.case_id`;

function teamOrder(query: TeamCasesQuery): string {
  const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
  switch (query.sort) {
    case 'urgency':
      return URGENCY_ORDER;
    case 'due':
      return `t.open_due IS NULL, t.open_due ${dir}, t.case_id`;
    case 'opened':
      return `t.opened_at ${dir}, t.case_id`;
    case 'session':
      return `t.session_at IS NULL, t.session_at ${dir}, t.case_id`;
  }
}

export function streetFilter(account: Account, params: Record<string, unknown>): string {
  if (account.scope.streets.length === 0) return '';
  params.streets = JSON.stringify(account.scope.streets);
  return `AND t.site_id IN (SELECT id FROM sites WHERE street IN (SELECT value FROM json_each(@streets)))`;
}

/** The team's inbox (工作台): one view, one page. */
export function listTeamCases(
  db: Db,
  account: Account,
  query: TeamCasesQuery,
  now: number,
): { rows: CaseRow[]; total: number } {
  const params: Record<string, unknown> = { team: account.scope.service, today: shanghaiDay(now) };
  const where = `t.team = @team ${streetFilter(account, params)} AND ${TEAM_VIEW_WHERE[query.view]}`;
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM case_teams t WHERE ${where}`).get(params) as { n: number }
  ).n;
  const page = db
    .prepare(
      `SELECT t.case_id, t.stage, t.handed_back FROM case_teams t WHERE ${where}
       ORDER BY ${teamOrder(query)} LIMIT @limit OFFSET @offset`,
    )
    .all({
      ...params,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }) as Pick<Row, 'case_id' | 'stage' | 'handed_back'>[];
  // Only now the page's rows meet their cases: 20 lookups by key, whatever the team's size.
  const cases = new Map(
    (
      db
        .prepare(
          `SELECT ${COLUMNS} FROM cases c JOIN sites s ON s.id = c.site_id
           WHERE c.case_id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(page.map((r) => r.case_id))) as Row[]
    ).map((r) => [r.case_id, r]),
  );
  const rows = page.flatMap((p) => {
    const c = cases.get(p.case_id);
    return c ? [{ ...c, stage: p.stage, handed_back: p.handed_back }] : [];
  });
  return { rows: toCaseRows(db, rows, now), total };
}

const CASE_FILTER_WHERE: Record<CasesQuery['filter'], string> = {
  all: '1',
  open: `c.status <> 'closed'`,
  awaitingTeams: `c.status = 'awaitingTeams'`,
  overdue: `c.open_due < @today`,
  closed: `c.status = 'closed'`,
};

/** Cases district-wide or of one street (the caller's scope decides which), one page. */
export function listCases(
  db: Db,
  street: StreetId | null,
  query: CasesQuery,
  now: number,
): { rows: CaseRow[]; total: number } {
  const params: Record<string, unknown> = { today: shanghaiDay(now) };
  let where = CASE_FILTER_WHERE[query.filter];
  if (street !== null) {
    params.street = street;
    where += ' AND c.site_id IN (SELECT id FROM sites WHERE street = @street)';
  }
  const dir = query.dir === 'asc' ? 'ASC' : 'DESC';
  const order = {
    opened: `c.opened_at ${dir}`,
    updated: `c.updated_at ${dir}`,
    // Overdue cases all have a due date: without the IS NULL term the index gives the order.
    due: query.filter === 'overdue' ? `c.open_due ${dir}` : `c.open_due IS NULL, c.open_due ${dir}`,
    status: `c.status ${dir}, c.opened_at DESC`,
  }[query.sort];
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM cases c WHERE ${where}`).get(params) as { n: number }
  ).n;
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM cases c JOIN sites s ON s.id = c.site_id WHERE ${where}
       ORDER BY ${order}, c.case_id LIMIT @limit OFFSET @offset`,
    )
    .all({
      ...params,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }) as Row[];
  return { rows: toCaseRows(db, rows, now), total };
}

/** Add each row's teams and home-visit flag: two small queries for the whole page. */
export function toCaseRows(db: Db, rows: Row[], now: number): CaseRow[] {
  const ids = JSON.stringify(rows.map((r) => r.case_id));
  const teams = new Map<string, CaseRow['teams']>();
  for (const t of db
    .prepare(
      `SELECT case_id, team, stage, handed_back FROM case_teams
       WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, team`,
    )
    .all(ids) as {
    case_id: string;
    team: ServiceId;
    stage: CaseRow['teams'][number]['stage'];
    handed_back: number;
  }[]) {
    const list = teams.get(t.case_id) ?? [];
    list.push({ team: t.team, stage: t.stage, handedBack: t.handed_back === 1 });
    teams.set(t.case_id, list);
  }
  const visits = new Set(
    db
      .prepare(
        `SELECT DISTINCT case_id FROM case_events
         WHERE case_id IN (SELECT value FROM json_each(?)) AND type = 'homeVisitArranged'`,
      )
      .pluck()
      .all(ids) as string[],
  );
  const today = shanghaiDay(now);
  return rows.map((r) => {
    const [number, day] = r.ticket?.split(' ') ?? [];
    return {
      caseId: r.case_id,
      siteId: r.site_id,
      street: r.street,
      status: r.status,
      ticket: number && day ? { number, day } : null,
      category: r.category,
      urgency: r.urgency_rank === null ? null : (URGENCY[r.urgency_rank] ?? null),
      dueDate: r.due_date,
      openDue: r.open_due,
      overdue: r.open_due !== null && r.open_due < today,
      sessionAt: r.session_at,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      stage: r.stage ?? null,
      handedBack: r.handed_back === 1,
      homeVisit: visits.has(r.case_id),
      teams: teams.get(r.case_id) ?? [],
    };
  });
}
