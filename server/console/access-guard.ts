import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/open';
import type { Clock } from '../clock';
import { audit } from './audit';
import { caseInScope, caseScopeInfo, streetInScope } from './case-scope';
import { siteScopeInfo } from './site-scope';
import { suggestionStreet } from './suggestions';
import { typicalCaseStreet } from './typical-cases';
import { ConsoleRefusal } from './refusal';
import { statsScopeInScope } from './stats-scope';
import { actorOf } from './request-context';
import { checkSession, csrfMatches, type SessionTimes } from './sessions';
import { RecordId } from '../../shared/cases/fields';
import { StreetId } from '../../shared/sites';
import { SiteId } from '../../shared/sync/content';
import { ruleForRoute, scopeFor } from '../../shared/console/access';
import { CSRF_HEADER } from '../../shared/console/errors';

export const SESSION_COOKIE = 'lr_console';

/**
 * The one place console authorization happens: an onRequest hook on every console API route
 * (so it runs before a body is read). It finds the route's rule in the shared table by method
 * and pattern, refuses a route without one, then checks in order: the session (server-side),
 * the role, the first-login password change, the CSRF token on changes, and the object's scope
 * (`:caseId`, `:siteId`, or the place a statistics query names). Every refusal past the session
 * is written to the audit log. Handlers get the
 * findings in `request.console` and apply the same scope to their lists.
 */
export function consoleGuard(db: Db, now: Clock, times: SessionTimes) {
  return function guard(request: FastifyRequest, _reply: FastifyReply, done: (e?: Error) => void) {
    try {
      check(request);
      done();
    } catch (error) {
      done(error as Error);
    }
  };

  function check(request: FastifyRequest): void {
    const found = ruleForRoute(request.method, request.routeOptions.url ?? '');
    if (!found) throw new ConsoleRefusal('forbidden', 'this route has no access rule');
    const [id, rule] = found;
    if (rule.public === true) return;
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) throw new ConsoleRefusal('unauthenticated', 'no session; log in');
    const at = now();
    const session = checkSession(db, cookie, at, times);
    const { account } = session;
    const deny = (code: 'forbidden' | 'out_of_scope' | 'csrf_failed', target?: string) => {
      audit(
        db,
        {
          actor: actorOf(account),
          action: `access.${id}`,
          target: target === undefined ? null : { kind: rule.object, id: target },
          address: request.ip,
          outcome: 'denied',
          detail: code,
        },
        at,
      );
      return new ConsoleRefusal(code, `refused: ${code}`);
    };
    const scope = scopeFor(id, account.role);
    if (scope === null) throw deny('forbidden');
    if (account.mustChangePassword && rule.beforePasswordChange !== true)
      throw new ConsoleRefusal('password_change_required', 'set a new password first');
    if (rule.changes === true && !csrfMatches(session, request.headers[CSRF_HEADER]))
      throw deny('csrf_failed');
    let target = null;
    if (rule.object === 'case') {
      const caseId = RecordId.safeParse((request.params as { caseId?: unknown }).caseId);
      if (!caseId.success) throw new ConsoleRefusal('bad_request', 'caseId: not a case id');
      target = caseScopeInfo(db, caseId.data);
      if (!target) throw new ConsoleRefusal('not_found', 'no such case');
      if (!caseInScope(scope, account, target)) throw deny('out_of_scope', caseId.data);
    }
    if (rule.object === 'statsScope') {
      const { inScope, place } = statsScopeInScope(db, scope, account, request.query);
      if (!inScope) throw deny('out_of_scope', place);
    }
    let site = null;
    if (rule.object === 'site') {
      const siteId = SiteId.safeParse((request.params as { siteId?: unknown }).siteId);
      if (!siteId.success) throw new ConsoleRefusal('bad_request', 'siteId: not a site id');
      site = siteScopeInfo(db, siteId.data);
      if (!site) throw new ConsoleRefusal('not_found', 'no such room');
      if (!streetInScope(scope, account, site.street)) throw deny('out_of_scope', siteId.data);
    }
    if (rule.object === 'suggestion') {
      const id = RecordId.safeParse((request.params as { suggestionId?: unknown }).suggestionId);
      if (!id.success) throw new ConsoleRefusal('bad_request', 'suggestionId: not a record id');
      const street = suggestionStreet(db, id.data);
      if (street === null) throw new ConsoleRefusal('not_found', 'no such suggestion');
      if (!streetInScope(scope, account, street)) throw deny('out_of_scope', id.data);
    }
    if (rule.object === 'typicalCase') {
      const id = RecordId.safeParse((request.params as { typicalCaseId?: unknown }).typicalCaseId);
      if (!id.success) throw new ConsoleRefusal('bad_request', 'typicalCaseId: not an id');
      const street = typicalCaseStreet(db, id.data);
      if (street === null) throw new ConsoleRefusal('not_found', 'no such typical case');
      if (!streetInScope(scope, account, street)) throw deny('out_of_scope', id.data);
    }
    if (rule.object === 'street') {
      const street = StreetId.safeParse((request.params as { street?: unknown }).street);
      if (!street.success) throw new ConsoleRefusal('bad_request', 'street: not a street');
      if (!streetInScope(scope, account, street.data)) throw deny('out_of_scope', street.data);
    }
    request.console = { rule: id, session, account, scope, case: target, site };
  }
}
