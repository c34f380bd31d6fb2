import type { FastifyInstance, FastifyRequest } from 'fastify';
import { clockOffset, type RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { enrollDevice, previewEnrollment } from '../store/devices';
import {
  API_PATHS,
  EnrollPreviewRequest,
  EnrollRequest,
  type EnrollPreviewResponse,
  type EnrollResponse,
} from '../../shared/sync/protocol';

const CODE_ERRORS = new Set([
  'enrollment_code_invalid',
  'enrollment_code_expired',
  'enrollment_code_used',
]);

/**
 * Enroll and its preview share one attempt limiter: a preview answers "this code exists" just as
 * enroll does, so guessing codes through either counts against the same address.
 */
function guardCodeGuessing<T>(ctx: RouteContext, request: FastifyRequest, run: () => T): T {
  if (ctx.enrollLimiter.blocked(request.ip)) {
    throw new HubError(
      'rate_limited',
      'too many wrong enrollment codes from this address; wait a few minutes',
    );
  }
  try {
    return run();
  } catch (error) {
    if (error instanceof HubError && CODE_ERRORS.has(error.code))
      ctx.enrollLimiter.fail(request.ip);
    throw error;
  }
}

export function enrollRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.post(API_PATHS.enroll, (request): EnrollResponse =>
    guardCodeGuessing(ctx, request, () => {
      const body = parseOrRefuse(EnrollRequest, request.body, 'body');
      const now = ctx.now();
      const enrolled = enrollDevice(
        ctx.db,
        body.code,
        body.deviceLabel ?? null,
        now,
        clockOffset(body.kioskTime, now),
        body.credential,
      );
      // The credential is the kiosk's own: it is never sent back.
      return { deviceId: enrolled.deviceId, site: enrolled.site, hubTime: isoTime(now) };
    }),
  );

  app.post(API_PATHS.enrollPreview, (request): EnrollPreviewResponse =>
    guardCodeGuessing(ctx, request, () => {
      const body = parseOrRefuse(EnrollPreviewRequest, request.body, 'body');
      const now = ctx.now();
      const site = previewEnrollment(ctx.db, body.code, now, body.credential ?? null);
      return { site, hubTime: isoTime(now) };
    }),
  );
}
