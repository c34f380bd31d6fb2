import type { Db } from '../db/open';
import type { Clock } from '../clock';
import type { AttemptLimiter } from '../http/attempt-limiter';
import type { GroupCommit } from '../store/group-commit';

/** What every route needs: the database, the clock, the enrollment guard and the push queue. */
export interface RouteContext {
  db: Db;
  now: Clock;
  version: string;
  enrollLimiter: AttemptLimiter;
  /** Pushes share group transactions (one commit for many kiosks); see group-commit.ts. */
  pushGroups: GroupCommit;
}

/** Kiosk clock minus hub clock, in ms (positive: the kiosk runs ahead). */
export function clockOffset(kioskTime: string, hubNow: number): number {
  return Date.parse(kioskTime) - hubNow;
}
