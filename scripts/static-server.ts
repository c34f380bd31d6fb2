import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { KioskBootConfig } from '../shared/ipc';
import { contentSecurityPolicy } from '../electron/csp';
import { mimeTypeFor } from '../electron/mime';
import { resolveRendererPath } from '../electron/renderer-path';

export interface StaticServerOptions {
  /** The built renderer (dist/renderer). */
  root: string;
  /** Where `/api/*` goes, e.g. http://127.0.0.1:8787. */
  hubOrigin: string;
  bootConfig: KioskBootConfig;
}

/**
 * Serves the built kiosk to a browser the way Electron's app:// handler does (same files, same
 * MIME types, same CSP, same boot config), and proxies `/api/*` to the hub so the page talks to
 * its own origin: an empty hubUrl in kiosk-config.json means exactly that.
 */
export function createStaticServer(options: StaticServerOptions): http.Server {
  const hub = new URL(options.hubOrigin);
  const csp = contentSecurityPolicy();

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const upstream = http.request(
        {
          host: hub.hostname,
          port: hub.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: hub.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        if (res.headersSent) return void res.destroy();
        res
          .writeHead(502, { 'Content-Type': 'application/json' })
          .end('{"error":"hub_unreachable"}');
      });
      req.pipe(upstream);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    const send = (body: Buffer | string, file: string, cache: string) => {
      res.writeHead(200, { ...headers, 'Content-Type': mimeTypeFor(file), 'Cache-Control': cache });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (url.pathname === '/kiosk-config.json')
      return send(JSON.stringify(options.bootConfig), '.json', 'no-cache');

    const file = resolveRendererPath(options.root, url.pathname);
    if (file === null)
      return void res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden');
    // Vite names files under assets/ by content hash, so they never change; the rest may.
    const cache = url.pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    readFile(file).then(
      (body) => send(body, file, cache),
      () => {
        // A path without an extension is a screen of the single-page app, not a missing asset.
        if (path.extname(file) !== '')
          return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        readFile(path.join(options.root, 'index.html')).then(
          (body) => send(body, 'index.html', 'no-cache'),
          () => void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
        );
      },
    );
  });
}
