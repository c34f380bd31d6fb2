import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Db } from '../db/open';
import { HubError } from '../hub-error';
import { authenticateDevice, type AuthedDevice } from '../store/devices';
import { parseAuthorization } from '../../shared/sync/auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `authenticator` before the body is read; null on unauthenticated routes. */
    device: AuthedDevice | null;
  }
}

/**
 * An onRequest hook: it runs before Fastify reads the body, so an unauthenticated caller never
 * gets its body parsed.
 */
export function authenticator(db: Db) {
  return function authenticate(
    request: FastifyRequest,
    _reply: FastifyReply,
    done: HookHandlerDoneFunction,
  ): void {
    try {
      const bearer = parseAuthorization(request.headers.authorization);
      if (!bearer)
        throw new HubError('unauthenticated', 'send Authorization: Bearer <deviceId>.<credential>');
      request.device = authenticateDevice(db, bearer.deviceId, bearer.secret);
      done();
    } catch (error) {
      done(error as Error);
    }
  };
}
