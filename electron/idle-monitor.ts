import type { IdleReport } from '../shared/ipc';

export interface IdleMonitorDeps {
  /** powerMonitor.getSystemIdleTime: seconds since the last touch, key or mouse move anywhere. */
  getIdleSeconds: () => number;
  send: (report: IdleReport) => void;
  intervalMs?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/**
 * Polls the OS idle time and reports each change, so the renderer's reset-to-home sees touches
 * that never reached the page (a touch screen's edge gestures, a mouse moved over the taskbar).
 * Returns stop.
 */
export function startIdleReports(deps: IdleMonitorDeps): () => void {
  const every = deps.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const cancel = deps.clearInterval ?? ((h) => clearInterval(h as ReturnType<typeof setInterval>));
  let last = -1;
  const handle = every(() => {
    const idleSeconds = Math.max(0, Math.floor(deps.getIdleSeconds()));
    if (idleSeconds === last) return;
    last = idleSeconds;
    deps.send({ idleSeconds });
  }, deps.intervalMs ?? 1_000);
  return () => cancel(handle);
}
