import type { FastifyRequest } from 'fastify';
import type { Account } from './accounts';
import type { CaseScopeInfo } from './case-scope';
import type { SiteScopeInfo } from './site-scope';
import type { ConsoleSession } from './sessions';
import type { AuditActor } from './audit';
import type { AccessId, ScopeKind } from '../../shared/console/access';

/** What the access guard established for a console request, for its handler. */
export interface ConsoleContext {
  rule: AccessId;
  session: ConsoleSession;
  account: Account;
  scope: ScopeKind;
  /** The case named by `:caseId`, already checked to be in scope. */
  case: CaseScopeInfo | null;
  /** The room named by `:siteId`, already checked to be in scope. */
  site: SiteScopeInfo | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the console's access guard; null on every other route. */
    console: ConsoleContext | null;
  }
}

/** The guard's findings; a handler on a non-public console route always has them. */
export function consoleOf(request: FastifyRequest): ConsoleContext {
  if (!request.console) throw new Error('console route without the access guard');
  return request.console;
}

export function actorOf(account: Account): AuditActor {
  return { accountId: account.id, username: account.username, role: account.role };
}
