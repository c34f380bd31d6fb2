import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { consoleGuard } from './access-guard';
import type { ConsoleDeps } from './deps';
import { ConsoleRefusal } from './refusal';
import { accountRoutes } from './routes/account-routes';
import { caseRoutes } from './routes/case-routes';
import { liveRoutes } from './routes/live-routes';
import { roomRoutes } from './routes/room-routes';
import { screeningRoutes } from './routes/screening-routes';
import { sessionRoutes } from './routes/session-routes';
import { statsRoutes } from './routes/stats-routes';
import { triageRoutes } from './routes/triage-routes';
import { suggestionRoutes } from './routes/suggestion-routes';
import { typicalCaseRoutes } from './routes/typical-case-routes';
import { CONSOLE_API } from '../../shared/console/access';

/** Where the console is served: same origin as its API, so the session cookie simply works. */
export const CONSOLE_PREFIX = '/console/';

/**
 * The console's own Content-Security-Policy: nothing unless listed. Scripts, styles, fonts and
 * images come from the hub itself; the page talks only to the hub (fetch, EventSource); it
 * cannot be framed, and forms post nowhere else.
 */
const CONSOLE_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The district console, as one encapsulated Fastify plugin: its helmet headers (CSP), cookies and
 * rate limit apply to its own routes only, so the kiosks' API and its CORS stay exactly as they
 * were. Serves the built console (dist/console) at /console/ and its API at /api/v1/console/.
 */
export async function consolePlugin(
  app: FastifyInstance,
  options: { deps: ConsoleDeps; root: string },
): Promise<void> {
  const { deps } = options;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONSOLE_CSP },
    // The hub also runs on plain HTTP on loopback (npm start); HSTS is for the TLS proxy to send.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new ConsoleRefusal('rate_limited', 'too many attempts from this address'),
  });
  await app.register(fastifyStatic, { root: options.root, serve: false });
  app.decorateRequest('console', null);

  // Every API route of this plugin passes the access guard first (before its body is read).
  await app.register(async (api) => {
    api.addHook('onRequest', consoleGuard(deps.db, deps.now, deps.sessionTimes));
    sessionRoutes(api, deps);
    liveRoutes(api, deps);
    caseRoutes(api, deps);
    triageRoutes(api, deps);
    accountRoutes(api, deps);
    statsRoutes(api, deps);
    roomRoutes(api, deps);
    suggestionRoutes(api, deps);
    typicalCaseRoutes(api, deps);
    await screeningRoutes(api, deps);
  });
  // Unknown API paths under the console's prefix answer like any unknown route.
  app.all(`${CONSOLE_API}/*`, { exposeHeadRoute: false }, (_request, reply) =>
    reply.code(404).send({ error: 'not_found', message: 'no such endpoint' }),
  );

  app.get('/console', (_request, reply) => reply.redirect(CONSOLE_PREFIX));
  // The built files, and index.html for every other path: the console routes in the browser.
  app.get(`${CONSOLE_PREFIX}*`, (request, reply) => {
    const wanted = (request.params as { '*': string })['*'];
    const file = path.join(options.root, wanted);
    const inside = file.startsWith(options.root + path.sep) && !wanted.includes('\0');
    if (inside && wanted !== '' && existsSync(file) && statSync(file).isFile())
      return reply.sendFile(wanted, { cacheControl: false });
    if (!existsSync(path.join(options.root, 'index.html')))
      return reply
        .code(503)
        .send({ error: 'internal', message: 'the console is not built: npm run build' });
    return reply.sendFile('index.html', { cacheControl: false });
  });
}
