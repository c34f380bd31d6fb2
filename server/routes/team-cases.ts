import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { RouteContext } from './context';
import { isoTime } from '../clock';
import { HubError } from '../hub-error';
import { parseOrRefuse } from '../http/validate';
import {
  recordTeamEvent,
  listTeamCases,
  teamCase,
  TeamCasesQuery,
  TeamEventRequest,
} from '../store/team-cases';
import type { LinkageTeam } from '../store/teams';
import { RecordId } from '../../shared/cases/fields';

export const TEAM_API_PATHS = {
  cases: '/api/v1/team/cases',
  case: '/api/v1/team/cases/:caseId',
  events: '/api/v1/team/cases/:caseId/events',
} as const;

function caller(team: LinkageTeam | null): LinkageTeam {
  if (!team) throw new HubError('unauthenticated', 'no team token');
  return team;
}

function caseIdOf(params: unknown): string {
  const { caseId } = params as { caseId: string };
  return parseOrRefuse(RecordId, caseId, 'caseId');
}

/** The linkage teams' API (docs/sync-protocol.md, "Cases at the hub"). Thin: the rules live in store/team-cases.ts. */
export function teamCasesRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  authenticate: onRequestHookHandler,
): void {
  app.get(TEAM_API_PATHS.cases, { onRequest: authenticate }, (request) => {
    const team = caller(request.team);
    const query = parseOrRefuse(TeamCasesQuery, request.query, 'query');
    return {
      team: { id: team.id, service: team.service, name: team.name },
      cases: listTeamCases(ctx.db, team.service, query.status),
      hubTime: isoTime(ctx.now()),
    };
  });

  app.get(TEAM_API_PATHS.case, { onRequest: authenticate }, (request) => {
    const team = caller(request.team);
    const found = teamCase(ctx.db, team.service, caseIdOf(request.params));
    return { case: found.summary, events: found.events, hubTime: isoTime(ctx.now()) };
  });

  app.post(TEAM_API_PATHS.events, { onRequest: authenticate }, (request, reply) => {
    const team = caller(request.team);
    const caseId = caseIdOf(request.params);
    const body = parseOrRefuse(TeamEventRequest, request.body, 'body');
    const now = ctx.now();
    const outcome = recordTeamEvent(
      ctx.db,
      { service: team.service, teamId: team.id },
      caseId,
      body,
      now,
    );
    void reply.code(outcome.status === 'stored' ? 201 : 200);
    return { ...outcome, hubTime: isoTime(now) };
  });
}
