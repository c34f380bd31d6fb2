import { protocol } from 'electron';
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import type { KioskBootConfig } from '../shared/ipc';
import { mimeTypeFor } from './mime';
import { APP_HOST, APP_SCHEME } from './origin';
import { resolveRendererPath } from './renderer-path';

/**
 * `app://` is standard (real origin, relative URLs), secure (a secure context, so IndexedDB and
 * persistent storage work like on https) and may use fetch with CORS. Must run before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

export interface AppProtocolOptions {
  /** Folder holding the built renderer. A function, so a verified newer bundle can be swapped in. */
  rendererRoot: () => string;
  contentSecurityPolicy: () => string;
  bootConfig: () => KioskBootConfig;
  readFile?: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
}

export function serveAppProtocol(options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? fsReadFile;

  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'method not allowed');
    if (url.host !== APP_HOST) return plain(404, 'not found');

    const headers = {
      'Content-Security-Policy': options.contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    };
    const send = (body: Uint8Array<ArrayBuffer> | string, contentType: string) =>
      new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...headers, 'Content-Type': contentType },
      });

    if (url.pathname === '/kiosk-config.json') {
      return send(JSON.stringify(options.bootConfig()), mimeTypeFor('.json'));
    }

    const root = options.rendererRoot();
    const file = resolveRendererPath(root, url.pathname);
    if (file === null) return plain(403, 'forbidden');
    try {
      return send(await readFile(file), mimeTypeFor(file));
    } catch {
      // A path without an extension is a screen of the single-page app, not a missing asset.
      if (path.extname(file) !== '') return plain(404, 'not found');
      try {
        return send(await readFile(path.join(root, 'index.html')), mimeTypeFor('.html'));
      } catch {
        return plain(404, 'not found');
      }
    }
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
