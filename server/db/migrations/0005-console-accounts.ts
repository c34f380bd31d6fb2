import type { Migration } from '../migrate';

/**
 * The district console's accounts, sessions and audit log (docs/console.md).
 * - `accounts`: username + argon2id hash (PHC string: algorithm, parameters and per-user salt in
 *   one); role and scope; wrong-password count and lock; first-login change flag.
 * - `console_sessions`: server-side sessions, so logout, idle expiry and revocation take effect at
 *   once in every hub process sharing the database. The cookie holds a random id; only its
 *   SHA-256 is stored. The CSRF token belongs to the session.
 * - `audit_log`: append-only (the triggers refuse UPDATE and DELETE): who, what, when, from where,
 *   the outcome. It names people by account and cases by id, never a resident's details.
 */
export const consoleAccounts: Migration = {
  version: 5,
  name: 'console-accounts',
  sql: `
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,                  -- acc_ and 16 letters/digits
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  street TEXT,                          -- street-office: its street
  service TEXT,                         -- team-member: its linkage team's service
  streets TEXT NOT NULL DEFAULT '[]',   -- team-member: only these streets (JSON); [] = all
  password_hash TEXT NOT NULL,          -- argon2id PHC string; never the password
  must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until INTEGER,
  disabled_at INTEGER,
  last_login_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE console_sessions (
  id_sha256 TEXT PRIMARY KEY,           -- SHA-256 of the cookie's random id
  account_id TEXT NOT NULL REFERENCES accounts(id),
  csrf_token TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,          -- absolute end, however active
  ended_at INTEGER,
  end_reason TEXT                       -- logout | idle | expired | revoked | password
) STRICT;
CREATE INDEX console_sessions_by_account ON console_sessions(account_id, ended_at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  account_id TEXT,
  username TEXT,                        -- as typed at a failed login, or the account's
  role TEXT,
  action TEXT NOT NULL,
  target_kind TEXT,
  target_id TEXT,
  address TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  detail TEXT                           -- a reason code or a short JSON, never personal data
) STRICT;
CREATE INDEX audit_by_at ON audit_log(at);
CREATE INDEX audit_by_action ON audit_log(action, at);
CREATE INDEX audit_by_username ON audit_log(username COLLATE NOCASE, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
`,
};
