import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { liveCounts } from '../live-counts';
import { consoleOf } from '../request-context';
import { peekSession } from '../sessions';
import { listSites } from '../../store/sites';
import { consoleRoute } from './route';

/** Comment lines keep proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * New and overdue counts for the navigation, and the rooms for names. The live stream is
 * Server-Sent Events fed by a cheap poll of the database (two COUNTs every few seconds per open
 * console), not by in-process events: a case pushed to another hub process on the same database
 * shows up too (issue 13), and nothing needs to fan out between processes.
 */
export function liveRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(app, 'live.counts', (request) =>
    liveCounts(db, consoleOf(request).account, deps.now(), deps.triageAcceptDays),
  );

  consoleRoute(app, 'live.events', (request, reply) => {
    const { account, session } = consoleOf(request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    let last = '';
    let lastWrite = Date.now();
    const tick = () => {
      // The stream is not activity: it must not keep an idle session alive, so only peek.
      if (!peekSession(db, session.idHash, deps.now(), deps.sessionTimes)) {
        res.write('event: ended\ndata: {}\n\n');
        return stop();
      }
      const counts = liveCounts(db, account, deps.now(), deps.triageAcceptDays);
      const text = JSON.stringify({ fresh: counts.fresh, overdue: counts.overdue });
      if (text !== last) {
        last = text;
        res.write(`event: counts\ndata: ${JSON.stringify(counts)}\n\n`);
        lastWrite = Date.now();
      } else if (Date.now() - lastWrite >= HEARTBEAT_MS) {
        res.write(': still here\n\n');
        lastWrite = Date.now();
      }
    };
    const timer = setInterval(tick, deps.livePollMs);
    const stop = () => {
      clearInterval(timer);
      res.end();
    };
    request.raw.on('close', () => clearInterval(timer));
    tick();
  });

  consoleRoute(app, 'sites.list', (request) => {
    const { account, scope } = consoleOf(request);
    const sites = listSites(db).filter(
      (s) => scope !== 'street' || s.street === account.scope.street,
    );
    return {
      sites: sites.map((s) => ({ siteId: s.siteId, street: s.street, roomName: s.roomName })),
    };
  });
}
