/**
 * The page's own Content-Security-Policy (electron/csp.ts: `connect-src` lists the page's origin
 * and the configured hub only) refuses a connection to any other address, and `fetch` then fails
 * exactly as with a pulled cable ("Failed to fetch"). A wrong port typed in the browser build is
 * such a refusal, not a network fault. Chromium reports it as a `securitypolicyviolation` event,
 * dispatched in a task just after the fetch has rejected; this keeps the refused origins so a
 * failed check can tell the technician what really happened.
 */
const refused = new Set<string>();
let waiting: Array<() => void> = [];
let watched: EventTarget | null = null;

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** Start listening (once per page): call before the first request that may be refused. */
export function watchPolicyRefusals(target: EventTarget | undefined = globalThis.document): void {
  if (watched !== null || target === undefined) return;
  watched = target;
  target.addEventListener('securitypolicyviolation', (event) => {
    const e = event as SecurityPolicyViolationEvent;
    if (e.effectiveDirective !== 'connect-src') return;
    const origin = originOf(e.blockedURI);
    if (origin !== null) refused.add(origin);
    for (const wake of waiting.splice(0)) wake();
  });
}

/**
 * Whether the page's policy refused connections to `url`'s origin. Called after a request failed
 * as "network": the event may still be on its way, so wait for it a moment (`waitMs`), no longer.
 * A policy does not change while the page lives, so one refusal answers for later ones too.
 */
export async function refusedByPagePolicy(url: string, waitMs = 250): Promise<boolean> {
  const origin = originOf(url);
  if (watched === null || origin === null) return false;
  const deadline = Date.now() + waitMs;
  // Another origin's refusal wakes this up too: keep waiting for ours until the deadline.
  while (!refused.has(origin) && Date.now() < deadline) await nextRefusal(deadline - Date.now());
  return refused.has(origin);
}

function nextRefusal(waitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      waiting = waiting.filter((w) => w !== wake);
      resolve();
    };
    const timer = setTimeout(wake, waitMs);
    waiting.push(wake);
  });
}

export function resetPolicyRefusalsForTests(): void {
  refused.clear();
  waiting = [];
  watched = null;
}
