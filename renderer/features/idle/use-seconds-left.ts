import { useEffect, useState } from 'react';

/**
 * Whole seconds left of a warning that began at `since` (epoch ms, null: no warning) and lasts
 * `ms`, ticking once a second so an idle warning can count down on screen.
 */
export function useSecondsLeft(since: number | null, ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [since]);
  if (since === null) return Math.ceil(ms / 1000);
  // `now` may be from before the warning began, until the first tick.
  const left = Math.ceil((since + ms - Math.max(now, since)) / 1000);
  return Math.max(0, left);
}
