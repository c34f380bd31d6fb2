import type { Db } from '../../db/open';
import { statement } from '../../db/statements';
import { HubError } from '../../hub-error';
import { describeIssues } from '../records';
import { DISTRICT_SCOPE } from './batch';
import { assembleFigures } from '../../../shared/stats/assemble';
import { StatsQuery, type StatsFigures } from '../../../shared/stats/figures';
import type { Part } from '../../../shared/stats/measures';
import { monthsFrom, shanghaiMonth, type Month } from '../../../shared/stats/month';
import type { StreetId } from '../../../shared/sites';

/**
 * The figures for a scope (the district, a street, a room) and a period of months: what a
 * dashboard, the monthly street report and the annual statistics (全年服务量) show. Reads the
 * monthly aggregates only, never a record, so it answers the same after the purge. The district
 * reads its own rows ('*'); a street adds up its rooms'.
 *
 * Every lookup names its rooms and months outright (`IN`), so SQLite seeks the primary key
 * (scope, month, measure, ...) for each, rather than scanning every room of the district.
 */

const SQL = {
  rooms: 'SELECT id, street FROM sites ORDER BY id',
  rows: `SELECT month, measure, d1, d2, SUM(n) AS n FROM stats_monthly
     WHERE scope IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?))
     GROUP BY month, measure, d1, d2`,
  firstMonth: 'SELECT MIN(month) FROM stats_monthly WHERE scope = ?',
  overdue: `SELECT month, measure, '' AS d1, '' AS d2, SUM(n) AS n FROM stats_monthly
     WHERE scope IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?))
       AND measure IN ('overdueFrom', 'overdueUntil')
     GROUP BY month, measure`,
  roomRows: `SELECT scope AS siteId, month, measure, SUM(n) AS n FROM stats_monthly
     WHERE scope IN (SELECT value FROM json_each(?)) AND month IN (SELECT value FROM json_each(?))
       AND measure IN ('intake', 'case')
     GROUP BY scope, month, measure`,
};

/**
 * Answer a query (checked with the shared StatsQuery: bad input is `bad_request`; an unknown room
 * is `not_found`). `now` decides which months are not over yet (`openMonths`).
 */
export function statsFor(db: Db, input: unknown, now: number = Date.now()): StatsFigures {
  const parsed = StatsQuery.safeParse(input);
  if (!parsed.success) throw new HubError('bad_request', describeIssues(parsed.error, 'query'));
  const query = parsed.data;
  const allRooms = (statement(db, SQL.rooms).all() as { id: string; street: StreetId }[]).map(
    (r) => ({ siteId: r.id, street: r.street }),
  );
  const rooms =
    query.scope === 'district'
      ? allRooms
      : allRooms.filter((r) => (query.scope === 'street' ? r.street : r.siteId) === query.id);
  if (query.scope === 'room' && rooms.length === 0)
    throw new HubError('not_found', 'no room with this id at the hub');

  const months = monthsFrom(query.from, query.to);
  const roomIds = JSON.stringify(rooms.map((r) => r.siteId));
  const scopes = query.scope === 'district' ? JSON.stringify([DISTRICT_SCOPE]) : roomIds;
  const monthList = JSON.stringify(months);
  const read = () => {
    const rows = statement(db, SQL.rows).all(scopes, monthList) as Part[];
    // Overdue at a month's end counts every span begun before it, however long ago.
    const first = statement(db, SQL.firstMonth).pluck().get(DISTRICT_SCOPE) as Month | null;
    const overdueMonths = first === null || first > query.to ? [] : monthsFrom(first, query.to);
    const overdueRows = statement(db, SQL.overdue).all(
      scopes,
      JSON.stringify(overdueMonths),
    ) as Part[];
    const roomRows = statement(db, SQL.roomRows).all(roomIds, monthList) as {
      siteId: string;
      month: Month;
      measure: 'intake' | 'case';
      n: number;
    }[];
    return { rows, overdueRows, roomRows };
  };
  // One read transaction: the three reads see the same commit (WAL readers never block pushes).
  const { rows, overdueRows, roomRows } = db.inTransaction ? read() : db.transaction(read)();
  const current = shanghaiMonth(now);
  return assembleFigures({
    query,
    months,
    openMonths: months.filter((m) => m >= current),
    rows,
    overdueRows,
    roomRows,
    rooms,
  });
}
