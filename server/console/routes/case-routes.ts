import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { audit } from '../audit';
import { listCases, listTeamCases } from '../case-lists';
import { buildCaseDetail } from '../case-views';
import { caseScopeInfo } from '../case-scope';
import { parseConsole } from '../parse';
import { actorOf, consoleOf, type ConsoleContext } from '../request-context';
import { recordConsoleTeamAction } from '../team-actions';
import { consoleRoute } from './route';
import { CasesQuery, TeamActionRequest, TeamCasesQuery } from '../../../shared/console/requests';
import type { CaseDetail } from '../../../shared/console/views';

/**
 * The cases: the teams' workbench (inbox, case page, actions) and the district/street case list
 * and page. Lists carry nothing personal; a case page that shows personal information is
 * written to the audit log (PIPL Art. 51) in the same moment it is answered.
 */
export function caseRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db } = deps;

  const detail = (ctx: ConsoleContext, address: string): CaseDetail => {
    const target = ctx.case;
    if (!target) throw new Error('case route without its case');
    const now = deps.now();
    const shown = buildCaseDetail(db, target, ctx.account, now);
    if (shown.personalInfo === 'shown')
      audit(
        db,
        {
          actor: actorOf(ctx.account),
          action: 'case.view',
          target: { kind: 'case', id: target.caseId },
          address,
          outcome: 'ok',
          detail: shown.registration?.resident ? 'contact' : null,
        },
        now,
      );
    return shown;
  };

  consoleRoute(app, 'team.cases', (request) => {
    const { account } = consoleOf(request);
    const query = parseConsole(TeamCasesQuery, request.query, 'query');
    const page = listTeamCases(db, account, query, deps.now());
    return { ...page, page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'team.case', (request) => detail(consoleOf(request), request.ip));

  consoleRoute(app, 'team.act', (request, reply) => {
    const ctx = consoleOf(request);
    const body = parseConsole(TeamActionRequest, request.body, 'body');
    const caseId = ctx.case?.caseId ?? '';
    const outcome = recordConsoleTeamAction(db, ctx.account, caseId, body, request.ip, deps.now());
    void reply.code(outcome.status === 'stored' ? 201 : 200);
    const target = caseScopeInfo(db, caseId);
    if (!target) throw new Error('the case vanished');
    return { status: outcome.status, case: detail({ ...ctx, case: target }, request.ip) };
  });

  consoleRoute(app, 'cases.list', (request) => {
    const { account, scope } = consoleOf(request);
    const query = parseConsole(CasesQuery, request.query, 'query');
    // A street office sees its street whatever it asks for; the district may pick a street.
    const street = scope === 'street' ? account.scope.street : (query.street ?? null);
    const page = listCases(db, street, query, deps.now());
    return { ...page, page: query.page, pageSize: query.pageSize };
  });

  consoleRoute(app, 'cases.read', (request) => detail(consoleOf(request), request.ip));
}
