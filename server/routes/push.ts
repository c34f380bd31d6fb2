import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { clockOffset, type RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { applyPush } from '../store/records';
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
  app.post(API_PATHS.push, { onRequest: authenticate }, (request): PushResponse => {
    const body = parseOrRefuse(PushEnvelope, request.body, 'body');
    // A kiosk's outbox hands out increasing seqs; anything else means the kiosk is confused, and
    // applying such a batch could store records out of their creation order.
    if (!seqsStrictlyIncrease(body.batch)) {
      throw new HubError('batch_out_of_order', 'the seq numbers of a batch must strictly increase');
    }
    const device = request.device;
    if (!device) throw new HubError('unauthenticated', 'no credential');
    const now = ctx.now();
    const acks = applyPush(ctx.db, body.batch, {
      device,
      now,
      offsetMs: clockOffset(body.kioskTime, now),
    });
    return { acks, hubTime: isoTime(now) };
  });
}
