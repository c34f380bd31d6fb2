import { KioskBootConfig } from '../../shared/ipc';

/**
 * What the shell says at boot (`./kiosk-config.json`: Electron's app:// handler or the demo
 * server). Null when it cannot be had, e.g. a browser opened offline from its service worker:
 * the kiosk then runs on what it stored at enrollment.
 */
export async function loadBootConfig(
  fetchFn: typeof fetch = fetch,
): Promise<KioskBootConfig | null> {
  try {
    const res = await fetchFn('./kiosk-config.json', { cache: 'no-store' });
    if (!res.ok) return null;
    const parsed = KioskBootConfig.safeParse(await res.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The absolute hub URL to enrol with and store: an empty hubUrl means the page's own origin
 * (the demo server proxies /api to the hub). Stored credentials always hold an absolute URL.
 */
export function absoluteHubUrl(hubUrl: string, pageUrl: string): string {
  return hubUrl === '' ? new URL(pageUrl).origin : new URL(hubUrl).toString().replace(/\/$/, '');
}
