import { CORE_SERVICE_IDS, FOCUS_GROUPS, HOME_VISIT_REASONS, PROMPT_KEYS } from '../catalogue/ids';
import { SATISFACTION_TAGS } from '../cases/events';
import { STREETS, type StreetId } from '../sites';
import { CASE_OUTCOMES, LEGAL_AID_OUTCOMES, RESULT_PATHS } from './definitions';
import { histogramPercentile } from './duration-histogram';
import type { StatsFigures, StatsQuery } from './figures';
import type { MeasureName, Part } from './measures';
import type { Month } from './month';

/**
 * Turn summed aggregate rows into the dashboard's answer (StatsFigures). Pure: the hub's query
 * (server/store/stats/query.ts) reads the rows, this shapes them; the rules for each figure are
 * in definitions.ts and docs/statistics.md.
 */
export interface AssembleInput {
  query: StatsQuery;
  months: Month[];
  openMonths: Month[];
  /** Every measure of the scope in the period, summed over its rooms. */
  rows: readonly Part[];
  /** `overdueFrom` / `overdueUntil` of the scope for every month up to the period's end. */
  overdueRows: readonly Part[];
  /** Intakes and cases per room and month (measures `intake` and `case`, d1/d2 summed). */
  roomRows: readonly { siteId: string; month: Month; measure: 'intake' | 'case'; n: number }[];
  /** The rooms of the scope. */
  rooms: readonly { siteId: string; street: StreetId }[];
}

type Filter = { month?: string; d1?: string; d2?: string };

function indexRows(rows: readonly Part[]) {
  const byMeasure = new Map<MeasureName, Part[]>();
  for (const row of rows) {
    const list = byMeasure.get(row.measure);
    if (list) list.push(row);
    else byMeasure.set(row.measure, [row]);
  }
  const of = (measure: MeasureName) => byMeasure.get(measure) ?? [];
  const sum = (measure: MeasureName, f: Filter = {}) =>
    of(measure).reduce(
      (total, r) =>
        (f.month === undefined || r.month === f.month) &&
        (f.d1 === undefined || r.d1 === f.d1) &&
        (f.d2 === undefined || r.d2 === f.d2)
          ? total + r.n
          : total,
      0,
    );
  const values = (measure: MeasureName, dim: 'd1' | 'd2') =>
    new Set(of(measure).map((r) => r[dim]));
  return { of, sum, values };
}

const ratio = (num: number, den: number) => (den === 0 ? null : num / den);

export function assembleFigures(input: AssembleInput): StatsFigures {
  const { of, sum, values } = indexRows(input.rows);
  const totalsFor = (month?: string) => ({
    intakes: sum('intake', { month }),
    cases: sum('case', { month }),
    registrations: sum('registration', { month }),
    walkIns: sum('registration', { month, d1: 'walkIn' }),
    solvedOnSpot: sum('solvedOnSpot', { month }),
    routedCases: sum('routedCase', { month }),
    jointConsultations: sum('joint', { month }),
    homeVisits: sum('homeVisit', { month }),
    results: sum('result', { month }),
    reported: sum('reported', { month }),
    closed: sum('closed', { month }),
    ratings: sum('satisfaction', { month }),
    suggestions: sum('suggestion', { month }),
  });
  const ratingSum = (rows: readonly Part[]) => rows.reduce((s, r) => s + Number(r.d1) * r.n, 0);

  const overdue = overdueByMonth(input.overdueRows, input.months);
  const byMonth = input.months.map((month) => {
    const t = totalsFor(month);
    const ratings = of('satisfaction').filter((r) => r.month === month);
    return {
      month,
      ...t,
      overdueAtMonthEnd: overdue.get(month) ?? 0,
      ratingMean: ratio(ratingSum(ratings), t.ratings),
    };
  });

  const prompts = [...PROMPT_KEYS, ...[...values('case', 'd2')].filter((p) => !isPrompt(p))];
  const services = new Set<string>(CORE_SERVICE_IDS);
  for (const [m, dim] of [
    ['intakeService', 'd1'],
    ['registration', 'd2'],
    ['solvedService', 'd1'],
    ['routed', 'd1'],
    ['teamResolved', 'd1'],
    ['homeVisit', 'd1'],
  ] as const)
    for (const v of values(m, dim)) if (v !== '') services.add(v);

  const histogram = (path?: string) => {
    const counts = new Map<number, number>();
    for (const r of of('resultTime'))
      if (path === undefined || r.d2 === path)
        counts.set(Number(r.d1), (counts.get(Number(r.d1)) ?? 0) + r.n);
    return {
      results: [...counts.values()].reduce((a, b) => a + b, 0),
      medianMinutes: histogramPercentile(counts, 50),
      p90Minutes: histogramPercentile(counts, 90),
    };
  };
  const [spotPath, teamsPath] = RESULT_PATHS;

  const teamRatings = new Map<string, { ratings: number; sum: number }>();
  for (const r of of('satisfactionTeam')) {
    const t = teamRatings.get(r.d1) ?? { ratings: 0, sum: 0 };
    t.ratings += r.n;
    t.sum += Number(r.d2) * r.n;
    teamRatings.set(r.d1, t);
  }

  const streetOf = new Map(input.rooms.map((r) => [r.siteId, r.street]));
  // Every street for the district (zeros too: a heat map shows where nothing happened).
  const streets: StreetId[] =
    input.query.scope === 'district'
      ? STREETS.map((s) => s.id)
      : input.query.scope === 'street'
        ? [input.query.id as StreetId]
        : [...new Set(input.rooms.map((r) => r.street))];
  const cell = new Map<string, { intakes: number; cases: number }>();
  const bump = (key: string, measure: 'intake' | 'case', n: number) => {
    const c = cell.get(key) ?? { intakes: 0, cases: 0 };
    if (measure === 'intake') c.intakes += n;
    else c.cases += n;
    cell.set(key, c);
  };
  for (const r of input.roomRows) {
    const street = streetOf.get(r.siteId);
    if (street === undefined) continue;
    bump(`s\u0001${street}\u0001${r.month}`, r.measure, r.n);
    bump(`r\u0001${r.siteId}\u0001${r.month}`, r.measure, r.n);
    bump(`r\u0001${r.siteId}`, r.measure, r.n);
  }
  const cellOf = (key: string) => cell.get(key) ?? { intakes: 0, cases: 0 };

  const results = sum('result');
  const reportedOfResults = sum('result', { d2: 'yes' });
  const ratings = sum('satisfaction');
  return {
    query: input.query,
    months: input.months,
    openMonths: input.openMonths,
    totals: {
      ...totalsFor(),
      intakesWithoutConsent: sum('intake', { d2: 'no' }),
      legalAidPrescreens: sum('legalAidPrescreen'),
      homeVisitRequests: sum('intakeHomeVisit'),
      noShows: sum('case', { d1: 'noShow' }),
      jointSessions: sum('joint', { d1: 'session' }),
    },
    byMonth,
    byPrompt: prompts.map((prompt) => ({
      prompt,
      intakes: sum('intake', { d1: prompt }),
      cases: sum('case', { d2: prompt }),
      solvedOnSpot: sum('case', { d2: prompt, d1: 'solvedOnSpot' }),
      routed: sum('case', { d2: prompt, d1: 'routed' }),
      noShow: sum('case', { d2: prompt, d1: 'noShow' }),
      pending: sum('case', { d2: prompt, d1: 'pending' }),
    })),
    byService: [...services].map((service) => ({
      service,
      suggested: sum('intakeService', { d1: service }),
      registered: sum('registration', { d2: service }),
      solvedOnSpot: sum('solvedService', { d1: service }),
      routed: sum('routed', { d1: service }),
      resolved: sum('teamResolved', { d1: service }),
      homeVisits: sum('homeVisit', { d1: service }),
    })),
    byFocusGroup: FOCUS_GROUPS.map((group) => ({
      group,
      intakes: sum('intakeFocusGroup', { d1: group }),
      cases: sum('caseFocusGroup', { d1: group }),
    })),
    outcomes: CASE_OUTCOMES.map((outcome) => ({ outcome, cases: sum('case', { d1: outcome }) })),
    byStreetMonth: streets.flatMap((street) =>
      input.months.map((month) => ({ street, month, ...cellOf(`s\u0001${street}\u0001${month}`) })),
    ),
    byRoom: input.rooms.map((r) => ({ ...r, ...cellOf(`r\u0001${r.siteId}`) })),
    byRoomMonth: input.rooms.flatMap((r) =>
      input.months.map((month) => ({
        siteId: r.siteId,
        month,
        ...cellOf(`r\u0001${r.siteId}\u0001${month}`),
      })),
    ),
    reportedBack: {
      results,
      reported: reportedOfResults,
      share: ratio(reportedOfResults, results),
    },
    timeToResult: { all: histogram(), spot: histogram(spotPath), teams: histogram(teamsPath) },
    satisfaction: {
      ratings,
      mean: ratio(ratingSum(of('satisfaction')), ratings),
      distribution: [1, 2, 3, 4, 5].map((score) => ({
        score,
        count: sum('satisfaction', { d1: String(score) }),
      })),
      tags: SATISFACTION_TAGS.map((tag) => ({ tag, count: sum('satisfactionTag', { d1: tag }) })),
      byTeam: [...teamRatings].map(([team, t]) => ({
        team,
        ratings: t.ratings,
        mean: ratio(t.sum, t.ratings),
      })),
    },
    suggestions: {
      total: sum('suggestion'),
      byTopic: [...values('suggestion', 'd1')].map((topic) => ({
        topic,
        count: sum('suggestion', { d1: topic }),
      })),
    },
    legalAid: LEGAL_AID_OUTCOMES.map((outcome) => ({
      outcome,
      count: sum('legalAidPrescreen', { d1: outcome }),
    })),
    homeVisits: HOME_VISIT_REASONS.map((reason) => ({
      reason,
      requested: sum('intakeHomeVisit', { d1: reason }),
      arranged: sum('homeVisit', { d2: reason }),
    })),
    activity: [...values('activity', 'd1')].map((type) => ({
      type,
      count: sum('activity', { d1: type }),
    })),
  };
}

function isPrompt(p: string): boolean {
  return (PROMPT_KEYS as readonly string[]).includes(p);
}

/** Overdue at each month's end: spans begun minus spans ended, up to and including the month. */
function overdueByMonth(rows: readonly Part[], months: readonly Month[]): Map<Month, number> {
  const net = new Map<Month, number>();
  for (const r of rows)
    net.set(r.month, (net.get(r.month) ?? 0) + (r.measure === 'overdueFrom' ? r.n : -r.n));
  const sorted = [...net].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out = new Map<Month, number>();
  let running = 0;
  let i = 0;
  for (const month of months) {
    while (i < sorted.length && (sorted[i]?.[0] ?? '') <= month) running += sorted[i++]?.[1] ?? 0;
    out.set(month, running);
  }
  return out;
}
