/** Input that means a person is at the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface DomIdleOptions {
  target?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  intervalMs?: number;
  now?: () => number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/**
 * The browser's stand-in for the OS idle time: seconds since the last input the page saw,
 * reported on each change, like Electron's `kiosk:idle`. Returns unsubscribe.
 */
export function onDomIdle(
  listener: (idleSeconds: number) => void,
  options: DomIdleOptions = {},
): () => void {
  const target = options.target ?? window;
  const now = options.now ?? Date.now;
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const cancel =
    options.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  let lastInput = now();
  let reported = -1;
  const mark = () => {
    lastInput = now();
  };
  for (const type of ACTIVITY_EVENTS)
    target.addEventListener(type, mark, { capture: true, passive: true });
  const handle = every(() => {
    const idleSeconds = Math.max(0, Math.floor((now() - lastInput) / 1000));
    if (idleSeconds === reported) return;
    reported = idleSeconds;
    listener(idleSeconds);
  }, options.intervalMs ?? 1_000);

  return () => {
    cancel(handle);
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, mark, { capture: true });
  };
}
