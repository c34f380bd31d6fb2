import type { FastifyInstance } from 'fastify';
import { clockOffset, type RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import { enrollDevice } from '../store/devices';
import { API_PATHS, EnrollRequest, type EnrollResponse } from '../../shared/sync/protocol';

const CODE_ERRORS = new Set([
  'enrollment_code_invalid',
  'enrollment_code_expired',
  'enrollment_code_used',
]);

export function enrollRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.post(API_PATHS.enroll, (request): EnrollResponse => {
    if (ctx.enrollLimiter.blocked(request.ip)) {
      throw new HubError(
        'rate_limited',
        'too many wrong enrollment codes from this address; wait a few minutes',
      );
    }
    const body = parseOrRefuse(EnrollRequest, request.body, 'body');
    try {
      const now = ctx.now();
      const enrolled = enrollDevice(
        ctx.db,
        body.code,
        body.deviceLabel ?? null,
        now,
        clockOffset(body.kioskTime, now),
      );
      return { ...enrolled, hubTime: isoTime(now) };
    } catch (error) {
      if (error instanceof HubError && CODE_ERRORS.has(error.code))
        ctx.enrollLimiter.fail(request.ip);
      throw error;
    }
  });
}
