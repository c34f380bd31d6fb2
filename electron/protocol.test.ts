import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetElectronMock } from '../tests/setup/electron-mock';
import { contentSecurityPolicy } from './csp';
import { createAppProtocolHandler, registerAppScheme, serveAppProtocol } from './protocol';
import { resolveRendererPath } from './renderer-path';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
writeFileSync(path.join(root, 'assets', 'index-3f2a.js'), 'console.log(1)');
writeFileSync(path.join(root, 'assets', 'index-3f2a.css'), 'body{}');
writeFileSync(path.join(root, 'icon.svg'), '<svg/>');
writeFileSync(path.join(root, 'manifest.webmanifest'), '{}');
writeFileSync(path.join(root, 'assets', 'font.woff2'), 'wOF2');
writeFileSync(path.join(base, 'secret.txt'), 'TOP SECRET');

const csp = contentSecurityPolicy(['https://hub.example.cn']);
const handler = createAppProtocolHandler({
  rendererRoot: () => root,
  contentSecurityPolicy: () => csp,
  bootConfig: () => ({ hubUrl: 'https://hub.example.cn', demo: false }),
});
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

beforeEach(() => {
  resetElectronMock();
});

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme that supports fetch and CORS', () => {
    registerAppScheme();
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
  });

  it('hands app:// requests to our handler', async () => {
    serveAppProtocol({
      rendererRoot: () => root,
      contentSecurityPolicy: () => csp,
      bootConfig: () => ({ hubUrl: '', demo: false }),
    });
    const served = await protocol.handlers.get('app')?.(new Request('app://kiosk/index.html'));
    expect(served?.status).toBe(200);
  });
});

describe('app:// handler', () => {
  it('serves index.html for the root and by name, with the CSP', async () => {
    for (const url of ['app://kiosk/', 'app://kiosk/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>kiosk</title>');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(csp);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each([
    ['app://kiosk/assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
    ['app://kiosk/assets/index-3f2a.css', 'text/css; charset=utf-8'],
    ['app://kiosk/icon.svg', 'image/svg+xml'],
    ['app://kiosk/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['app://kiosk/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (url, type) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/%2e%2e%2fsecret.txt',
    'app://kiosk/assets/..%2f..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/%00index.html',
  ])('refuses the traversal %s', async (url) => {
    const res = await get(url);
    // The URL parser already folds a plain "%2e%2e/" into the root (404); anything left is 403.
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('TOP SECRET');
  });

  it('never reads outside the renderer folder, whatever the URL parser left', () => {
    expect(resolveRendererPath(root, '/../secret.txt')).toBeNull();
    expect(resolveRendererPath(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveRendererPath(root, '/assets/index-3f2a.js')).toBe(
      path.join(root, 'assets', 'index-3f2a.js'),
    );
  });

  it('answers 404 for a missing asset and index.html for a screen path', async () => {
    expect((await get('app://kiosk/assets/missing.js')).status).toBe(404);
    const screen = await get('app://kiosk/intake/contact');
    expect(screen.status).toBe(200);
    expect(await screen.text()).toContain('<title>kiosk</title>');
  });

  it('serves only host kiosk and only reads', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://kiosk/index.html', 'POST')).status).toBe(405);
  });

  it('serves the boot config as JSON', async () => {
    const res = await get('app://kiosk/kiosk-config.json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ hubUrl: 'https://hub.example.cn', demo: false });
  });
});

describe('contentSecurityPolicy', () => {
  it('starts from nothing and lists each source', () => {
    expect(csp.startsWith("default-src 'none'")).toBe(true);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' https://hub.example.cn;");
    for (const directive of [
      "img-src 'self' data:",
      "font-src 'self'",
      "manifest-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });
});
