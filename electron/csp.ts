import { hubUrlProblem } from '../shared/hub-url';

/**
 * The renderer's Content-Security-Policy, sent as a header by the app:// handler and the demo
 * static server. It starts from nothing and lists each source. No 'unsafe-inline' for styles:
 * React sets `style` through the CSSOM, which CSP does not govern, and Vite emits CSS as files.
 */
export function contentSecurityPolicy(hubOrigins: readonly string[] = []): string {
  const connect = ["'self'", ...new Set(hubOrigins.filter((o) => o !== ''))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The origin of a hub URL for connect-src, or null when it is not a hub the kiosk may use: an
 * absolute https URL, or http on loopback only (shared/hub-url.ts). A plain-http district hub is
 * left out of the CSP, so the page cannot send the credential or personal data to it in clear.
 */
export function hubOrigin(hubUrl: string | undefined | null): string | null {
  if (!hubUrl || hubUrlProblem(hubUrl) !== null) return null;
  return new URL(hubUrl).origin;
}
