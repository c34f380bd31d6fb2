import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { clockOffset, type RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { seeDevice } from '../store/devices';
import { confirmWipe } from '../store/device-wipe';
import { API_PATHS, WipedRequest, type WipedResponse } from '../../shared/sync/protocol';

/**
 * Tell a kiosk marked lost to wipe itself (410 `device_lost`), noting that it called: `device
 * list` tells a lost kiosk that called from one that never did. A kiosk older than remote wipe
 * reads the code as an unknown answer and retries later; it breaks nothing, but it does not wipe.
 */
export function refuseLostDevice(ctx: RouteContext, deviceId: string, now: number): never {
  seeDevice(ctx.db, deviceId, now, null);
  throw new HubError('device_lost', 'this device was marked lost: erase its data and confirm');
}

/** `POST /api/v1/wiped`: the kiosk erased what it held; revoke its credential. */
export function wipedRoute(
  app: FastifyInstance,
  ctx: RouteContext,
  authenticate: onRequestHookHandler,
): void {
  app.post(API_PATHS.wiped, { onRequest: authenticate }, (request): WipedResponse => {
    const body = parseOrRefuse(WipedRequest, request.body, 'body');
    const device = request.device;
    if (!device) throw new HubError('unauthenticated', 'no credential');
    const now = ctx.now();
    // Only a device marked lost may confirm: a kiosk cannot revoke itself by mistake.
    if (!device.lost) throw new HubError('bad_request', 'this device was not marked lost');
    seeDevice(ctx.db, device.id, now, clockOffset(body.kioskTime, now));
    confirmWipe(ctx.db, device.id, now);
    return { revoked: true, hubTime: isoTime(now) };
  });
}
