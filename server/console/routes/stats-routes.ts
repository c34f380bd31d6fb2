import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { audit } from '../audit';
import { parseConsole } from '../parse';
import { lowRatings, satisfactionByRoom } from '../satisfaction';
import { reportCsv, reportXlsx } from '../stats-export';
import { actorOf, consoleOf } from '../request-context';
import { consoleRoute } from './route';
import { listSites } from '../../store/sites';
import { statsFor } from '../../store/stats/query';
import { isoTime } from '../../clock';
import { LowRatingsQuery, StatsExportQuery } from '../../../shared/stats/requests';
import { StatsQuery } from '../../../shared/stats/figures';
import { buildReport } from '../../../shared/stats/report';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The statistics (issue 11): the dashboard's figures, the reports as files, the satisfaction
 * review. The access guard has already checked that the place asked for is the caller's
 * (shared/console/access.ts, object `statsScope`). Everything here reads the aggregates, except
 * the low-rating list (cases, nothing personal, staff only). Every export is audited.
 */
export function statsRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(app, 'stats.read', (request) =>
    statsFor(db, parseConsole(StatsQuery, request.query, 'query'), deps.now()),
  );

  consoleRoute(app, 'stats.export', async (request, reply) => {
    const ctx = consoleOf(request);
    const q = parseConsole(StatsExportQuery, request.query, 'query');
    const now = deps.now();
    const figures = statsFor(db, { scope: q.scope, id: q.id, from: q.from, to: q.to }, now);
    const sites = new Map(listSites(db).map((s) => [s.siteId, s.roomName]));
    const report = buildReport(figures, {
      kind: q.report,
      lang: q.lang,
      suppress: ctx.account.role === 'supervisor',
      roomName: (id) => sites.get(id)?.[q.lang] ?? id,
    });
    const generatedAt = isoTime(now);
    const body = q.format === 'xlsx' ? await reportXlsx(report, generatedAt) : reportCsv(report);
    const place = q.id === undefined ? q.scope : `${q.scope}:${q.id}`;
    audit(
      db,
      {
        actor: actorOf(ctx.account),
        action: 'stats.export',
        target: { kind: 'statsScope', id: place },
        address: request.ip,
        outcome: 'ok',
        detail: `${q.report} ${q.format} ${q.from}..${q.to}`,
      },
      now,
    );
    const name = `${q.report}-${place.replace(':', '-')}-${q.from}${q.to === q.from ? '' : `_${q.to}`}.${q.format}`;
    return reply
      .header('content-type', q.format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(body);
  });

  consoleRoute(app, 'stats.satisfaction', (request) => {
    const q = parseConsole(StatsQuery, request.query, 'query');
    return satisfactionByRoom(db, q, q.from, q.to);
  });

  consoleRoute(app, 'stats.lowRatings', (request) =>
    lowRatings(db, parseConsole(LowRatingsQuery, request.query, 'query')),
  );
}
