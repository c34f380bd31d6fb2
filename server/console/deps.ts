import type { Db } from '../db/open';
import type { Clock } from '../clock';
import type { SessionTimes } from './sessions';

/** What the console's routes share. */
export interface ConsoleDeps {
  db: Db;
  now: Clock;
  sessionTimes: SessionTimes;
  /** Login attempts per address (@fastify/rate-limit), beside the per-account lock. */
  loginRateLimit: { max: number; timeWindow: number };
  /** How often the live endpoint looks at the database for new counts (ms). */
  livePollMs: number;
  /** 中台: routed but not accepted within this many working days joins the triage queue. */
  triageAcceptDays: number;
}
