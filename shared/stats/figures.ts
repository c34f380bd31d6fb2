import { z } from 'zod';
import { FocusGroup, HomeVisitReason, ServiceId } from '../catalogue/ids';
import { SatisfactionTag } from '../cases/events';
import { StreetId } from '../sites';
import { CASE_OUTCOMES, LEGAL_AID_OUTCOMES } from './definitions';
import { Month, addMonths } from './month';

/**
 * What the hub answers for a scope and a period (server/store/stats/query.ts `statsFor`): every
 * figure the dashboard and the monthly and annual reports show, aggregates only, no personal
 * information. The console parses the answer with this schema and renders it.
 */

export const STATS_SCOPES = ['district', 'street', 'room'] as const;
export type StatsScope = (typeof STATS_SCOPES)[number];
/** The longest period one answer covers: ten years. */
export const STATS_MONTHS_MAX = 120;

export const StatsQuery = z
  .strictObject({
    scope: z.enum(STATS_SCOPES),
    /** A street id for `street`, a room's site id for `room`, absent for `district`. */
    id: z.string().min(1).max(64).optional(),
    from: Month,
    to: Month,
  })
  .refine((q) => (q.scope === 'district') === (q.id === undefined), {
    message: 'a street or room needs its id; the district takes none',
    path: ['id'],
  })
  .refine((q) => q.scope !== 'street' || StreetId.safeParse(q.id).success, {
    message: 'not a street of Xuhui',
    path: ['id'],
  })
  .refine((q) => q.from <= q.to, { message: 'from is after to', path: ['to'] })
  .refine((q) => addMonths(q.from, STATS_MONTHS_MAX) > q.to, {
    message: `at most ${STATS_MONTHS_MAX} months`,
    path: ['to'],
  });
export type StatsQuery = z.infer<typeof StatsQuery>;

const Count = z.int().nonnegative();
/** A mean or a share; null when there is nothing to divide by. */
const Ratio = z.number().nonnegative().nullable();
/** Minutes, read from the duration histogram (within 4.5%); null when there were no results. */
const Minutes = z.number().nonnegative().nullable();

const Totals = z.strictObject({
  intakes: Count,
  intakesWithoutConsent: Count,
  legalAidPrescreens: Count,
  homeVisitRequests: Count,
  cases: Count,
  registrations: Count,
  walkIns: Count,
  noShows: Count,
  solvedOnSpot: Count,
  routedCases: Count,
  jointConsultations: Count,
  jointSessions: Count,
  homeVisits: Count,
  results: Count,
  reported: Count,
  closed: Count,
  ratings: Count,
  suggestions: Count,
});

const MonthRow = z.strictObject({
  month: Month,
  intakes: Count,
  cases: Count,
  registrations: Count,
  walkIns: Count,
  solvedOnSpot: Count,
  routedCases: Count,
  jointConsultations: Count,
  homeVisits: Count,
  results: Count,
  reported: Count,
  closed: Count,
  /** Cases overdue at the month's end; for a month not over yet, if nothing changes before it ends. */
  overdueAtMonthEnd: Count,
  ratings: Count,
  ratingMean: Ratio,
  suggestions: Count,
});

const TimeToResult = z.strictObject({
  results: Count,
  medianMinutes: Minutes,
  p90Minutes: Minutes,
});

export const StatsFigures = z.strictObject({
  query: StatsQuery,
  months: z.array(Month),
  /** Months of the period not over at the hub's clock: their figures can still grow. */
  openMonths: z.array(Month),
  totals: Totals,
  byMonth: z.array(MonthRow),
  byPrompt: z.array(
    z.strictObject({
      /** A prompt key, or `walkIn` / `unknown` for cases without a kiosk intake at the hub. */
      prompt: z.string(),
      intakes: Count,
      cases: Count,
      solvedOnSpot: Count,
      routed: Count,
      noShow: Count,
      pending: Count,
    }),
  ),
  byService: z.array(
    z.strictObject({
      service: ServiceId,
      suggested: Count,
      registered: Count,
      solvedOnSpot: Count,
      routed: Count,
      resolved: Count,
      homeVisits: Count,
    }),
  ),
  byFocusGroup: z.array(z.strictObject({ group: FocusGroup, intakes: Count, cases: Count })),
  outcomes: z.array(z.strictObject({ outcome: z.enum(CASE_OUTCOMES), cases: Count })),
  /** The street-by-month heat map (one street for a street or a room). */
  byStreetMonth: z.array(
    z.strictObject({ street: StreetId, month: Month, intakes: Count, cases: Count }),
  ),
  byRoom: z.array(
    z.strictObject({ siteId: z.string(), street: StreetId, intakes: Count, cases: Count }),
  ),
  byRoomMonth: z.array(
    z.strictObject({ siteId: z.string(), month: Month, intakes: Count, cases: Count }),
  ),
  /** 事事有结果: of the results reached in the period, how many were reported back (so far). */
  reportedBack: z.strictObject({ results: Count, reported: Count, share: Ratio }),
  timeToResult: z.strictObject({ all: TimeToResult, spot: TimeToResult, teams: TimeToResult }),
  satisfaction: z.strictObject({
    ratings: Count,
    mean: Ratio,
    distribution: z.array(z.strictObject({ score: z.int().min(1).max(5), count: Count })),
    tags: z.array(z.strictObject({ tag: SatisfactionTag, count: Count })),
    /** Per team that worked the rated cases; `desk` for cases no team worked. */
    byTeam: z.array(
      z.strictObject({
        team: z.union([ServiceId, z.literal('desk')]),
        ratings: Count,
        mean: Ratio,
      }),
    ),
  }),
  suggestions: z.strictObject({
    total: Count,
    byTopic: z.array(z.strictObject({ topic: z.string(), count: Count })),
  }),
  legalAid: z.array(z.strictObject({ outcome: z.enum(LEGAL_AID_OUTCOMES), count: Count })),
  homeVisits: z.array(
    z.strictObject({ reason: HomeVisitReason, requested: Count, arranged: Count }),
  ),
  /** Case events counted one by one (EVENT_STATS `count`/`both`), by type. */
  activity: z.array(z.strictObject({ type: z.string(), count: Count })),
});
export type StatsFigures = z.infer<typeof StatsFigures>;
