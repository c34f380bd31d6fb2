import { APP_HOST, APP_ORIGIN } from './origin';

/** A dot-dot path segment, plain or percent-encoded, before the URL parser normalises it away. */
const DOT_DOT_SEGMENT = /(?:^|\/|\\|%2f|%5c)(?:\.|%2e){2}(?:$|\/|\\|%2f|%5c|\?|#)/i;

/**
 * Whether a URL is one of our own pages: `app://kiosk/...` and nothing that merely looks like it.
 * Used for navigation, the IPC sender check and permission requests, so it errs on refusing.
 */
export function isTrustedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'app:' || url.host !== APP_HOST) return false;
  if (url.username !== '' || url.password !== '') return false;
  if (!url.href.startsWith(`${APP_ORIGIN}/`)) return false;
  // The parser folds "/../" into the path; a URL that needed folding was crafted, not ours.
  const rawPath = raw.replace(/^[a-z]+:\/\/[^/\\?#]*/i, '');
  return !DOT_DOT_SEGMENT.test(rawPath) && !rawPath.includes('\\');
}

/** Whether an origin (as permission handlers get it) is ours. */
export function isTrustedOrigin(origin: string): boolean {
  return origin === APP_ORIGIN;
}
