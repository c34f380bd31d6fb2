import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { KIOSK_REPORT_HEADERS, KIOSK_TIME_HEADER } from '../../shared/sync/protocol';

/** The Electron renderer's origin (the `app://` protocol electron/ registers). */
export const KIOSK_ORIGIN = 'app://kiosk';

/** The only part of the hub a browser may call across origins. */
const API_PREFIX = '/api/v1/';

const ALLOWED_METHODS = 'GET, POST';
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  KIOSK_TIME_HEADER,
  ...Object.values(KIOSK_REPORT_HEADERS),
].join(', ');
/** How long a browser may reuse a preflight answer (s). */
const PREFLIGHT_MAX_AGE = '600';

/** scheme://host[:port] and nothing else: no path, no trailing slash, no wildcard. */
const ORIGIN_PATTERN = /^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/**
 * Extra origins from HUB_CORS_ORIGINS (comma-separated; blanks ignored). Each must be a plain
 * lower-case origin; `*` and `null` are refused, because a sandboxed iframe or a file:// page
 * sends `Origin: null` and must never be trusted.
 */
export function parseCorsOrigins(text: string | undefined): string[] {
  if (text === undefined) return [];
  const origins = text
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    if (!ORIGIN_PATTERN.test(origin))
      throw new Error(
        `HUB_CORS_ORIGINS: "${origin}" is not an origin like https://desk.example:8443 (lower case, no path)`,
      );
  }
  return origins;
}

function allowedOrigin(request: FastifyRequest, allowed: ReadonlySet<string>): string | null {
  const origin = request.headers.origin;
  return typeof origin === 'string' && allowed.has(origin) ? origin : null;
}

/**
 * CORS for /api/v1: the kiosk renderer (`app://kiosk`) and the configured extra origins may call
 * the API from a page; every other origin gets no CORS headers, so the browser keeps the answer
 * from the page. Credentials travel in the Authorization header, never in cookies, so no
 * Allow-Credentials. Error answers carry the headers too: the kiosk must read the error code.
 */
export function registerCors(app: FastifyInstance, extraOrigins: readonly string[]): void {
  const allowed = new Set([KIOSK_ORIGIN, ...extraOrigins]);

  // Preflight: no credential (browsers never send one), no body. A refused origin still gets
  // 204, only without the allow headers, which is what makes the browser refuse.
  app.options(`${API_PREFIX}*`, (request, reply) => {
    void reply.header('vary', 'Origin');
    const origin = allowedOrigin(request, allowed);
    if (origin !== null) {
      void reply.headers({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      });
    }
    return reply.code(204).send();
  });

  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload, done) => {
    if (request.method !== 'OPTIONS' && request.url.startsWith(API_PREFIX)) {
      void reply.header('vary', 'Origin');
      const origin = allowedOrigin(request, allowed);
      if (origin !== null) void reply.header('access-control-allow-origin', origin);
    }
    done(null, payload);
  });
}
