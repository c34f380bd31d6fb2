import { randomInt } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { isoTime } from '../clock';
import { ConsoleRefusal } from './refusal';
import { hashPassword } from './passwords';
import {
  passwordProblem,
  scopeProblem,
  type AccountScope,
  type AccountView,
  type Role,
} from '../../shared/console/roles';
import type { AccountsQuery } from '../../shared/console/requests';
import type { ServiceId } from '../../shared/catalogue/ids';
import type { StreetId } from '../../shared/sites';

/** Wrong passwords in a row before the account locks, and for how long it stays locked. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;

/** An account as the hub works with it (the hash stays in the row, never leaves this module's callers). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: AccountScope;
  passwordHash: string;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: number | null;
  disabledAt: number | null;
  lastLoginAt: number | null;
  createdAt: number;
}

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  street: StreetId | null;
  service: ServiceId | null;
  streets: string;
  password_hash: string;
  must_change_password: number;
  failed_logins: number;
  locked_until: number | null;
  disabled_at: number | null;
  last_login_at: number | null;
  created_at: number;
}

function fromRow(r: Row): Account {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    scope: { street: r.street, service: r.service, streets: JSON.parse(r.streets) as StreetId[] },
    passwordHash: r.password_hash,
    mustChangePassword: r.must_change_password === 1,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    disabledAt: r.disabled_at,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
  };
}

export function accountView(a: Account, now: number): AccountView {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    scope: a.scope,
    mustChangePassword: a.mustChangePassword,
    disabled: a.disabledAt !== null,
    lockedUntil: a.lockedUntil !== null && a.lockedUntil > now ? isoTime(a.lockedUntil) : null,
    lastLoginAt: a.lastLoginAt === null ? null : isoTime(a.lastLoginAt),
    createdAt: isoTime(a.createdAt),
  };
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
function newAccountId(): string {
  let id = 'acc_';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export function findAccountByUsername(db: Db, username: string): Account | null {
  const row = statement(db, 'SELECT * FROM accounts WHERE username = ?').get(username.trim()) as
    Row | undefined;
  return row ? fromRow(row) : null;
}

export function findAccount(db: Db, id: string): Account | null {
  const row = statement(db, 'SELECT * FROM accounts WHERE id = ?').get(id) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function getAccount(db: Db, id: string): Account {
  const account = findAccount(db, id);
  if (!account) throw new ConsoleRefusal('not_found', 'no such account');
  return account;
}

/** Refuse a new password that breaks the policy, with the policy's code. */
export function checkNewPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem === 'short')
    throw new ConsoleRefusal('password_too_short', 'the password is too short');
  if (problem === 'long') throw new ConsoleRefusal('password_too_long', 'the password is too long');
  if (problem === 'weak')
    throw new ConsoleRefusal('password_too_weak', 'the password is too easy to guess');
}

function checkScope(role: Role, scope: AccountScope): void {
  const problem = scopeProblem(role, scope);
  if (problem !== null) throw new ConsoleRefusal('bad_request', `scope: ${problem}`);
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  scope: AccountScope;
  password: string;
  /** false only for the documented demo accounts (and tests): they skip the first-login change. */
  mustChangePassword?: boolean;
}

/**
 * Create an account. The password is checked against the policy and hashed here; the caller
 * writes the audit line in the same transaction (`insertAccount` is synchronous for that).
 */
export async function prepareAccount(input: NewAccount): Promise<NewAccount & { hash: string }> {
  checkScope(input.role, input.scope);
  checkNewPassword(input.password, input.username);
  return { ...input, hash: await hashPassword(input.password) };
}

export function insertAccount(db: Db, input: NewAccount & { hash: string }, now: number): Account {
  if (findAccountByUsername(db, input.username))
    throw new ConsoleRefusal('username_taken', 'this username is taken');
  let id = newAccountId();
  while (findAccount(db, id)) id = newAccountId();
  db.prepare(
    `INSERT INTO accounts (id, username, display_name, role, street, service, streets, password_hash,
       must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    input.username.trim(),
    input.displayName.trim(),
    input.role,
    input.scope.street,
    input.scope.service,
    JSON.stringify(input.scope.streets),
    input.hash,
    input.mustChangePassword === false ? 0 : 1,
    now,
    now,
  );
  return getAccount(db, id);
}

export function listAccounts(db: Db, query: AccountsQuery): { rows: Account[]; total: number } {
  const order = {
    username: 'username',
    role: 'role, username',
    created: 'created_at',
    lastLogin: 'last_login_at IS NULL, last_login_at',
  }[query.sort];
  const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(`SELECT * FROM accounts ORDER BY ${order} ${dir}, id LIMIT ? OFFSET ?`)
    .all(query.pageSize, (query.page - 1) * query.pageSize) as Row[];
  const total = (db.prepare('SELECT COUNT(*) AS n FROM accounts').get() as { n: number }).n;
  return { rows: rows.map(fromRow), total };
}

export interface AccountChange {
  displayName?: string;
  role?: Role;
  scope?: AccountScope;
  disabled?: boolean;
}

/** Apply an admin's change; returns the account after it. The caller ends sessions and audits. */
export function updateAccount(db: Db, id: string, change: AccountChange, now: number): Account {
  const before = getAccount(db, id);
  const role = change.role ?? before.role;
  const scope = change.scope ?? before.scope;
  checkScope(role, scope);
  db.prepare(
    `UPDATE accounts SET display_name = ?, role = ?, street = ?, service = ?, streets = ?,
       disabled_at = ?, updated_at = ? WHERE id = ?`,
  ).run(
    change.displayName ?? before.displayName,
    role,
    scope.street,
    scope.service,
    JSON.stringify(scope.streets),
    change.disabled === undefined
      ? before.disabledAt
      : change.disabled
        ? (before.disabledAt ?? now)
        : null,
    now,
    id,
  );
  return getAccount(db, id);
}

/**
 * Set a password hash. `mustChange`: an admin's reset (the holder must choose their own at the
 * next login); false when the holder chose it. Clears any lock and failed count.
 */
export function setPasswordHash(
  db: Db,
  id: string,
  hash: string,
  mustChange: boolean,
  now: number,
): void {
  db.prepare(
    `UPDATE accounts SET password_hash = ?, must_change_password = ?, failed_logins = 0,
       locked_until = NULL, updated_at = ? WHERE id = ?`,
  ).run(hash, mustChange ? 1 : 0, now, id);
}

/**
 * Count a wrong password; the fifth in a row locks the account for LOCK_MS. Returns whether
 * this failure locked it. Stored in the database, so every hub process sees the same count.
 */
export function recordFailedLogin(db: Db, id: string, now: number): boolean {
  const row = db
    .prepare(
      `UPDATE accounts SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins`,
    )
    .get(id) as { failed_logins: number };
  if (row.failed_logins < LOCK_AFTER_FAILURES) return false;
  db.prepare('UPDATE accounts SET failed_logins = 0, locked_until = ? WHERE id = ?').run(
    now + LOCK_MS,
    id,
  );
  return true;
}

export function recordLogin(db: Db, id: string, now: number): void {
  db.prepare(
    'UPDATE accounts SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?',
  ).run(now, id);
}
