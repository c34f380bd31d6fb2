import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { clockOffset, type RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { checkPushItems, writePush } from '../store/records';
import { refuseLostDevice } from './wiped';
import {
  API_PATHS,
  PushEnvelope,
  seqsStrictlyIncrease,
  type PushResponse,
} from '../../shared/sync/protocol';

export function pushRoute(
  app: FastifyInstance,
  ctx: RouteContext,
  authenticate: onRequestHookHandler,
): void {
  app.post(API_PATHS.push, { onRequest: authenticate }, async (request): Promise<PushResponse> => {
    const body = parseOrRefuse(PushEnvelope, request.body, 'body');
    // A kiosk's outbox hands out increasing seqs; anything else means the kiosk is confused, and
    // applying such a batch could store records out of their creation order.
    if (!seqsStrictlyIncrease(body.batch)) {
      throw new HubError('batch_out_of_order', 'the seq numbers of a batch must strictly increase');
    }
    const device = request.device;
    if (!device) throw new HubError('unauthenticated', 'no credential');
    const now = ctx.now();
    if (device.lost && !device.lost.sendFirst) refuseLostDevice(ctx, device.id, now);
    // Validation happens here, before the push waits for the database; the group transaction
    // only writes. A refused request (above) never joins a group.
    const items = checkPushItems(body.batch);
    const pushCtx = { device, now, offsetMs: clockOffset(body.kioskTime, now) };
    // Resolves only after the group transaction holding this push has committed.
    const acks = await ctx.pushGroups.write(items.length, () => writePush(ctx.db, items, pushCtx));
    return { acks, hubTime: isoTime(now) };
  });
}
