import path from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Db } from './db/open';
import { systemClock, type Clock } from './clock';
import { AttemptLimiter } from './http/attempt-limiter';
import { authenticator } from './http/auth';
import { registerCors } from './http/cors';
import { errorReply } from './http/error-reply';
import { benchFloorRoute } from './routes/bench-floor';
import type { RouteContext } from './routes/context';
import { enrollRoute } from './routes/enroll';
import { healthRoute } from './routes/health';
import { pullRoute } from './routes/pull';
import { pushRoute } from './routes/push';
import { wipedRoute } from './routes/wiped';
import { releasesRoutes } from './routes/releases';
import { teamCasesRoutes } from './routes/team-cases';
import { teamAuthenticator } from './http/team-auth';
import { deriveMissingCases } from './store/cases';
import { rebuildStatsIfNeeded } from './store/stats/rebuild';
import { GroupCommit } from './store/group-commit';
import { hubVersion } from './version';
import { BODY_LIMIT_BYTES } from '../shared/sync/protocol';
import { consolePlugin } from './console/plugin';
import { DEFAULT_SESSION_TIMES, type SessionTimes } from './console/sessions';
import { CONSOLE_API } from '../shared/console/access';
import { DEFAULT_ACCEPT_WORKING_DAYS } from '../shared/cases/triage';

export interface HubOptions {
  db: Db;
  /** The hub's clock (ms); tests move it to expire codes and measure offsets. */
  now?: Clock;
  version?: string;
  /** Where the request log goes (JSON lines); false for no log. Default: stdout. */
  log?: { stream: NodeJS.WritableStream; level?: string } | false;
  /** Wrong enrollment codes allowed per address in 10 minutes before `rate_limited`. */
  enrollFailuresAllowed?: number;
  /** Origins allowed to call /api/v1 from a page besides app://kiosk (serve: HUB_CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /**
   * Reverse proxies (IP addresses, CIDR ranges) whose X-Forwarded-For gives the client's address
   * (serve: HUB_TRUST_PROXY, checked by parseTrustedProxies). Empty or absent: the header is
   * ignored, so a kiosk cannot forge another address to dodge the enrollment attempt limit.
   */
  trustedProxies?: readonly string[];
  /**
   * Bench only: add POST /bench/floor, the floor scripts/bench/hub-ingest.ts compares pushes with.
   * The CLI never sets it.
   */
  benchFloor?: boolean;
  /** The district console (docs/console.md): where its build is, and its timings for tests. */
  console?: {
    root?: string;
    sessionTimes?: SessionTimes;
    loginRateLimit?: { max: number; timeWindow: number };
    livePollMs?: number;
    /** 中台: routed but not accepted within this many working days is a triage reason. */
    triageAcceptDays?: number;
  };
}

/** The built console (`npm run build`), served at /console/. */
export const CONSOLE_DIST = path.resolve(import.meta.dirname, '../dist/console');

declare module 'fastify' {
  interface FastifyInstance {
    /** The push queue, so tests can hold it and put chosen pushes into one group. */
    pushGroups: GroupCommit;
    /** Every console API route Fastify registered (method + pattern): the access test reads it. */
    consoleRoutes: { method: string; url: string }[];
  }
}

/**
 * The district hub as a Fastify instance (not listening yet). Routes are thin: they parse with the
 * shared schemas and call the stores. The log never contains bodies, headers or query strings:
 * one line per request with method, route, status and device id (PIPL: no personal data).
 */
export function buildApp(options: HubOptions): FastifyInstance {
  const now = options.now ?? systemClock;
  const log = options.log ?? { stream: process.stdout, level: 'info' };
  const app = Fastify({
    logger: log === false ? false : { level: log.level ?? 'info', stream: log.stream, base: null },
    // Our own onResponse line replaces Fastify's request logs, which would include the raw URL.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy:
      options.trustedProxies && options.trustedProxies.length > 0
        ? [...options.trustedProxies]
        : false,
    requestTimeout: 30_000,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = errorReply(error);
      // Fastify types this reply for a route that did not match; it is an ordinary reply.
      void (reply as FastifyReply).code(status).send(body);
    },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (!socket.writable) return socket.destroy();
      const body = JSON.stringify({
        error: 'bad_request',
        message: 'the HTTP request is malformed',
      });
      const status =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? '431 Request Header Fields Too Large'
          : '400 Bad Request';
      socket.end(
        `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });

  // JSON only: a text/plain body is refused with 415 rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('device', null);
  app.decorateRequest('team', null);

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorReply(error);
    if (status >= 500) {
      const err = error instanceof Error ? error : new Error('non-error thrown');
      request.log.error({ err: { type: err.name, stack: err.stack } }, 'request failed');
    }
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: 'not_found', message: 'no such endpoint' }),
  );

  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('cache-control', 'no-store');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        // The route pattern, not the raw URL: query strings and unknown paths could carry anything.
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        deviceId: request.device?.id ?? null,
        teamId: request.team?.id ?? null,
        // The console account's id (an opaque acc_ id, never a name).
        accountId: request.console?.account.id ?? null,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
    done();
  });

  const ctx: RouteContext = {
    db: options.db,
    now,
    version: options.version ?? hubVersion(),
    enrollLimiter: new AttemptLimiter(options.enrollFailuresAllowed ?? 20, 10 * 60_000, now),
    pushGroups: new GroupCommit(options.db),
  };
  app.decorate('pushGroups', ctx.pushGroups);
  registerCors(app, options.corsOrigins ?? []);
  const authenticate = authenticator(options.db);
  healthRoute(app, ctx);
  enrollRoute(app, ctx);
  pushRoute(app, ctx, authenticate);
  pullRoute(app, ctx, authenticate);
  wipedRoute(app, ctx, authenticate);
  teamCasesRoutes(app, ctx, teamAuthenticator(options.db));
  releasesRoutes(app, options.db, authenticate);
  // Case events stored by a hub from before cases existed get their cases now (usually none).
  deriveMissingCases(options.db, now());
  // Records stored by a hub from before the monthly statistics are counted once (usually none).
  rebuildStatsIfNeeded(options.db);
  if (options.benchFloor === true) benchFloorRoute(app, ctx, authenticate);
  const consoleRoutes: { method: string; url: string }[] = [];
  app.decorate('consoleRoutes', consoleRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(`${CONSOLE_API}/`) || route.url === `${CONSOLE_API}/*`) return;
    for (const method of [route.method].flat()) consoleRoutes.push({ method, url: route.url });
  });
  void app.register(consolePlugin, {
    root: options.console?.root ?? CONSOLE_DIST,
    deps: {
      db: options.db,
      now,
      sessionTimes: options.console?.sessionTimes ?? DEFAULT_SESSION_TIMES,
      loginRateLimit: options.console?.loginRateLimit ?? { max: 30, timeWindow: 10 * 60_000 },
      livePollMs: options.console?.livePollMs ?? 3000,
      triageAcceptDays: options.console?.triageAcceptDays ?? DEFAULT_ACCEPT_WORKING_DAYS,
    },
  });
  return app;
}
