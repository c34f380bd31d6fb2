import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Db } from '../db/open';
import { HubError } from '../hub-error';
import { authenticateTeam, TEAM_ID_PATTERN, type LinkageTeam } from '../store/teams';
import { parseAuthorization } from '../../shared/sync/auth';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `teamAuthenticator` on the teams' routes; null elsewhere. */
    team: LinkageTeam | null;
  }
}

/**
 * An onRequest hook for the linkage teams' API: `Authorization: Bearer <teamId>.<secret>` (the
 * token `team add` printed). Runs before the body is read, like the kiosks' authenticator; a
 * kiosk credential is not a team token and gets 401.
 */
export function teamAuthenticator(db: Db) {
  return function authenticate(
    request: FastifyRequest,
    _reply: FastifyReply,
    done: HookHandlerDoneFunction,
  ): void {
    try {
      const bearer = parseAuthorization(request.headers.authorization);
      if (!bearer || !TEAM_ID_PATTERN.test(bearer.deviceId))
        throw new HubError('unauthenticated', 'send Authorization: Bearer <team token>');
      request.team = authenticateTeam(db, bearer.deviceId, bearer.secret);
      done();
    } catch (error) {
      done(error as Error);
    }
  };
}
