import type { FastifyInstance } from 'fastify';
import type { RouteContext } from './context';
import { isoTime } from '../clock';
import { API_PATHS, type HealthResponse } from '../../shared/sync/protocol';

export function healthRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.get(API_PATHS.health, (): HealthResponse => ({
    ok: true,
    hubTime: isoTime(ctx.now()),
    version: ctx.version,
  }));
}
