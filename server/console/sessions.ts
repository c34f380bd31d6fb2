import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { findAccount, type Account } from './accounts';
import { ConsoleRefusal } from './refusal';

/**
 * Console sessions, kept in the hub's database (never in process memory: several hub processes
 * may share one database, issue 13). The cookie carries 32 random bytes; the table keeps their
 * SHA-256, so a copy of the database does not hold live session ids. Every check reads the row,
 * so logout, idle expiry, revocation and a disabled account take effect on the next request.
 */

export interface SessionTimes {
  /** A session unused this long ends (default 30 minutes). */
  idleMs: number;
  /** A session ends this long after login however busy (default 12 hours). */
  maxMs: number;
}
export const DEFAULT_SESSION_TIMES: SessionTimes = { idleMs: 30 * 60_000, maxMs: 12 * 3600_000 };

/** How stale `last_seen_at` may be before a request writes it again (saves a write per request). */
const TOUCH_EVERY_MS = 15_000;

export type EndReason = 'logout' | 'idle' | 'expired' | 'revoked' | 'password';

export interface ConsoleSession {
  idHash: string;
  account: Account;
  csrfToken: string;
  createdAt: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Start a session; returns the cookie value (shown only here) and the CSRF token. */
export function createSession(
  db: Db,
  accountId: string,
  address: string,
  now: number,
  times: SessionTimes,
): { cookie: string; csrfToken: string } {
  const cookie = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  db.prepare(
    `INSERT INTO console_sessions (id_sha256, account_id, csrf_token, address, created_at, last_seen_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(sha256(cookie), accountId, csrfToken, address, now, now, now + times.maxMs);
  return { cookie, csrfToken };
}

interface Row {
  id_sha256: string;
  account_id: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  ended_at: number | null;
}

/**
 * The live session behind a cookie, or a refusal: `unauthenticated` for an unknown id,
 * `session_expired` for one that ended (and it is marked ended now if idle or past its life).
 */
export function checkSession(
  db: Db,
  cookie: string,
  now: number,
  times: SessionTimes,
): ConsoleSession {
  const idHash = sha256(cookie);
  const row = statement(db, 'SELECT * FROM console_sessions WHERE id_sha256 = ?').get(idHash) as
    Row | undefined;
  if (!row) throw new ConsoleRefusal('unauthenticated', 'no session; log in');
  if (row.ended_at !== null) throw new ConsoleRefusal('session_expired', 'the session ended');
  const ended: EndReason | null =
    now >= row.expires_at ? 'expired' : now - row.last_seen_at >= times.idleMs ? 'idle' : null;
  const account = findAccount(db, row.account_id);
  if (ended !== null || !account || account.disabledAt !== null) {
    endSession(db, idHash, ended ?? 'revoked', now);
    throw new ConsoleRefusal('session_expired', 'the session ended');
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS)
    statement(db, 'UPDATE console_sessions SET last_seen_at = ? WHERE id_sha256 = ?').run(
      now,
      idHash,
    );
  return { idHash, account, csrfToken: row.csrf_token, createdAt: row.created_at };
}

export function endSession(db: Db, idHash: string, reason: EndReason, now: number): void {
  statement(
    db,
    'UPDATE console_sessions SET ended_at = ?, end_reason = ? WHERE id_sha256 = ? AND ended_at IS NULL',
  ).run(now, reason, idHash);
}

/** End every live session of an account (disabled, role changed, password reset). */
export function endAccountSessions(
  db: Db,
  accountId: string,
  reason: EndReason,
  now: number,
  except: string | null = null,
): number {
  return db
    .prepare(
      `UPDATE console_sessions SET ended_at = ?, end_reason = ?
       WHERE account_id = ? AND ended_at IS NULL AND id_sha256 IS NOT ?`,
    )
    .run(now, reason, accountId, except).changes;
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(session: ConsoleSession, header: unknown): boolean {
  if (typeof header !== 'string' || header.length === 0 || header.length > 100) return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(session.csrfToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Forget sessions that ended long ago (they hold no history the audit log lacks). */
export function pruneSessions(db: Db, now: number): number {
  return db
    .prepare(
      'DELETE FROM console_sessions WHERE (ended_at IS NOT NULL AND ended_at < ?) OR expires_at < ?',
    )
    .run(now - 7 * 24 * 3600_000, now - 7 * 24 * 3600_000).changes;
}

/** Whether a session is still live, without counting this look as activity (the live stream). */
export function peekSession(db: Db, idHash: string, now: number, times: SessionTimes): boolean {
  const row = statement(
    db,
    `SELECT s.ended_at, s.last_seen_at, s.expires_at, a.disabled_at FROM console_sessions s
     JOIN accounts a ON a.id = s.account_id WHERE s.id_sha256 = ?`,
  ).get(idHash) as
    | {
        ended_at: number | null;
        last_seen_at: number;
        expires_at: number;
        disabled_at: number | null;
      }
    | undefined;
  return (
    row !== undefined &&
    row.ended_at === null &&
    row.disabled_at === null &&
    now < row.expires_at &&
    now - row.last_seen_at < times.idleMs
  );
}
