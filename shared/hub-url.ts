/**
 * Which hub addresses the kiosk may use. The device credential and residents' personal data go
 * to the hub, so the hub must speak https; plain http is allowed only on the machine itself
 * (the demo and the tests run a hub on loopback), where nothing crosses a network.
 */

/** Why a typed hub address is refused (each is said in words on the wizard's first step). */
export const HUB_URL_PROBLEMS = ['invalid', 'insecure'] as const;
export type HubUrlProblem = (typeof HUB_URL_PROBLEMS)[number];

/** 127.0.0.0/8, ::1 and localhost, as the WHATWG URL parser writes them in `hostname`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * `invalid`: not an absolute http(s) URL, or it carries user info.
 * `insecure`: http:// to anything but loopback.
 */
export function hubUrlProblem(raw: string): HubUrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid';
  }
  if (url.username !== '' || url.password !== '') return 'invalid';
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'invalid';
  return isLoopbackHost(url.hostname) ? null : 'insecure';
}
