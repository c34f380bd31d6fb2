import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { CONSOLE_ACCESS, type AccessId } from '../../../shared/console/access';

type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * Register a console route from its row in the access table (shared/console/access.ts): the
 * method and path come from the table, so a route and its rule cannot drift apart. No automatic
 * HEAD route: every registered route must be a row of the table (the access test checks).
 */
export function consoleRoute(
  app: FastifyInstance,
  id: AccessId,
  handler: Handler,
  options: RouteShorthandOptions = {},
): void {
  const rule = CONSOLE_ACCESS[id];
  app.route({
    ...options,
    method: rule.method,
    url: rule.path,
    exposeHeadRoute: false,
    handler: (request, reply) => handler(request, reply),
  });
}
