import type { Db } from '../db/open';
import type { Clock } from '../clock';
import type { AttemptLimiter } from '../http/attempt-limiter';

/** What every route needs: the database, the clock and the enrollment guard. */
export interface RouteContext {
  db: Db;
  now: Clock;
  version: string;
  enrollLimiter: AttemptLimiter;
}

/** Kiosk clock minus hub clock, in ms (positive: the kiosk runs ahead). */
export function clockOffset(kioskTime: string, hubNow: number): number {
  return Date.parse(kioskTime) - hubNow;
}
