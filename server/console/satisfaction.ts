import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { LowRatingsQuery, StatsScopeParams } from '../../shared/stats/requests';
import {
  LOW_RATINGS_MAX,
  meanScore,
  type LowRating,
  type LowRatings,
  type SatisfactionByRoom,
} from '../../shared/stats/review';
import { addMonths, monthsFrom, shanghaiMonth, type Month } from '../../shared/stats/month';
import type { StreetId } from '../../shared/sites';
import type { ServiceId } from '../../shared/catalogue/ids';
import type { SatisfactionTag } from '../../shared/cases/events';

/** The rooms a statistics scope covers (the access guard already checked it is the caller's). */
export function roomsOf(db: Db, place: StatsScopeParams): { siteId: string; street: StreetId }[] {
  const rooms = statement(db, 'SELECT id AS siteId, street FROM sites ORDER BY id').all() as {
    siteId: string;
    street: StreetId;
  }[];
  if (place.scope === 'district') return rooms;
  return rooms.filter((r) => (place.scope === 'street' ? r.street : r.siteId) === place.id);
}

const ROOM_SCORES = `SELECT scope AS siteId, d1 AS score, SUM(n) AS n FROM stats_monthly
  WHERE scope IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?))
    AND measure = 'satisfaction'
  GROUP BY scope, d1`;

/** Ratings per room over the months, from the aggregates (so they outlive the purge). */
export function satisfactionByRoom(
  db: Db,
  place: StatsScopeParams,
  from: Month,
  to: Month,
): SatisfactionByRoom {
  const rooms = roomsOf(db, place);
  const dist = new Map(rooms.map((r) => [r.siteId, [0, 0, 0, 0, 0]]));
  const rows = statement(db, ROOM_SCORES).all(
    JSON.stringify(rooms.map((r) => r.siteId)),
    JSON.stringify(monthsFrom(from, to)),
  ) as { siteId: string; score: string; n: number }[];
  for (const row of rows) {
    const d = dist.get(row.siteId);
    const score = Number(row.score);
    if (d && score >= 1 && score <= 5) d[score - 1] = (d[score - 1] ?? 0) + row.n;
  }
  return {
    rooms: rooms.map((r) => {
      const distribution = dist.get(r.siteId) ?? [0, 0, 0, 0, 0];
      return {
        siteId: r.siteId,
        street: r.street,
        ratings: distribution.reduce((a, b) => a + b, 0),
        mean: meanScore(distribution),
        distribution,
      };
    }),
  };
}

// Each case's latest rating (a case is rated once; a re-rating replaces the first, as the
// figures count it). The writer's time strings carry their offset, so the SQL range is a day
// wider than the period and the exact Shanghai month is checked below.
const LOW = `WITH latest AS (
    SELECT e.case_id, e.at, e.body,
      ROW_NUMBER() OVER (PARTITION BY e.case_id ORDER BY e.at DESC, e.event_id DESC) AS k
    FROM case_events e
    WHERE e.type = 'satisfaction' AND e.site_id IN (SELECT value FROM json_each(?))
  )
  SELECT l.case_id AS caseId, l.at AS ratedAt, json_extract(l.body, '$.score') AS score,
    json_extract(l.body, '$.tags') AS tags, c.site_id AS siteId, s.street, c.ticket, c.category,
    c.status, (SELECT json_group_array(team) FROM case_teams t WHERE t.case_id = c.case_id) AS teams
  FROM latest l JOIN cases c ON c.case_id = l.case_id JOIN sites s ON s.id = c.site_id
  WHERE l.k = 1 AND json_extract(l.body, '$.score') <= ? AND l.at >= ? AND l.at < ?
  ORDER BY l.at DESC
  LIMIT ?`;

/** Low ratings to follow up, newest first, each with its case (nothing personal). */
export function lowRatings(db: Db, query: LowRatingsQuery): LowRatings {
  const rooms = roomsOf(db, query);
  const since = `${addMonths(query.from, -1)}-28`;
  const until = `${addMonths(query.to, 1)}-02`;
  const raw = statement(db, LOW).all(
    JSON.stringify(rooms.map((r) => r.siteId)),
    query.maxScore,
    since,
    until,
    LOW_RATINGS_MAX * 2,
  ) as {
    caseId: string;
    ratedAt: string;
    score: number;
    tags: string;
    siteId: string;
    street: StreetId;
    ticket: string | null;
    category: ServiceId | null;
    status: string;
    teams: string;
  }[];
  const rows: LowRating[] = raw
    .filter((r) => {
      const month = shanghaiMonth(r.ratedAt);
      return month >= query.from && month <= query.to;
    })
    .map((r) => ({
      ...r,
      tags: JSON.parse(r.tags) as SatisfactionTag[],
      teams: JSON.parse(r.teams) as ServiceId[],
    }));
  return { rows: rows.slice(0, LOW_RATINGS_MAX), more: rows.length > LOW_RATINGS_MAX };
}
