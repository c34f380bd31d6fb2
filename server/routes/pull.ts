import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { RouteContext } from './context';
import { clockOffset } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { pullChanges } from '../store/changes';
import { noteKioskReport, seeDevice } from '../store/devices';
import { refuseLostDevice } from './wiped';
import {
  API_PATHS,
  KIOSK_REPORT_HEADERS,
  KIOSK_TIME_HEADER,
  KioskReport,
  KioskTime,
  PullQuery,
  type PullResponse,
} from '../../shared/sync/protocol';

export function pullRoute(
  app: FastifyInstance,
  ctx: RouteContext,
  authenticate: onRequestHookHandler,
): void {
  app.get(API_PATHS.pull, { onRequest: authenticate }, (request): PullResponse => {
    const query = parseOrRefuse(PullQuery, request.query, 'query');
    const header = request.headers[KIOSK_TIME_HEADER];
    const kioskTime =
      header === undefined ? null : parseOrRefuse(KioskTime, header, KIOSK_TIME_HEADER);
    const text = (name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const report = parseOrRefuse(
      KioskReport,
      {
        app: text(KIOSK_REPORT_HEADERS.app),
        renderer: text(KIOSK_REPORT_HEADERS.renderer),
        pending: text(KIOSK_REPORT_HEADERS.pending),
      },
      'x-kiosk-* headers',
    );
    const device = request.device;
    if (!device) throw new HubError('unauthenticated', 'no credential');
    const now = ctx.now();
    // Sent first or not, a lost kiosk is told to wipe here: it pulls right after it has pushed.
    if (device.lost) refuseLostDevice(ctx, device.id, now);
    const page = pullChanges(ctx.db, device.siteId, query.cursor, query.limit);
    seeDevice(ctx.db, device.id, now, kioskTime === null ? null : clockOffset(kioskTime, now));
    noteKioskReport(ctx.db, device.id, report);
    return { ...page, hubTime: isoTime(now) };
  });
}
