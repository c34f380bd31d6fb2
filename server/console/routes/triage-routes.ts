import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { buildCaseDetail } from '../case-views';
import { caseScopeInfo } from '../case-scope';
import { recordOfficeAction } from '../office-actions';
import { parseConsole } from '../parse';
import { consoleOf } from '../request-context';
import { listTriage } from '../triage-lists';
import { consoleRoute } from './route';
import { OfficeActionRequest, TriageQuery } from '../../../shared/console/requests';

/**
 * The middle office (中台): the triage queue and its actions on a case. The case page itself is
 * `cases.read` (audited there); an action answers with the case as it now is.
 */
export function triageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  consoleRoute(app, 'triage.list', (request) => {
    const query = parseConsole(TriageQuery, request.query, 'query');
    const page = listTriage(db, query, deps.now(), deps.triageAcceptDays);
    return { ...page, page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'triage.act', (request, reply) => {
    const ctx = consoleOf(request);
    const body = parseConsole(OfficeActionRequest, request.body, 'body');
    const caseId = ctx.case?.caseId ?? '';
    const now = deps.now();
    const outcome = recordOfficeAction(db, ctx.account, caseId, body, request.ip, now);
    void reply.code(outcome.status === 'stored' ? 201 : 200);
    const target = caseScopeInfo(db, caseId);
    if (!target) throw new Error('the case vanished');
    // The offices see no contact details, so this answer is not a personal-information view
    // beyond the one `cases.read` audited; the action itself is in the audit log.
    return { status: outcome.status, case: buildCaseDetail(db, target, ctx.account, now) };
  });
}
