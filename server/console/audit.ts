import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { isoTime } from '../clock';
import type { AuditRow } from '../../shared/console/views';
import type { AuditQuery } from '../../shared/console/requests';
import { shanghaiDayStart } from './time';

/** Who did it, as the audit log names them (an account, or what was typed at a failed login). */
export interface AuditActor {
  accountId: string | null;
  username: string | null;
  role: string | null;
}

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  target?: { kind: string; id: string } | null;
  address: string;
  outcome: 'ok' | 'denied' | 'failed';
  /** A reason code or short JSON of ids and codes: never a resident's details, never a password. */
  detail?: string | null;
}

const INSERT = `INSERT INTO audit_log (at, account_id, username, role, action, target_kind, target_id, address, outcome, detail)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Append one line to the audit log (PIPL Art. 51: access control and records). Call it inside the
 * transaction of the change it records, so a change is never stored without its line.
 */
export function audit(db: Db, entry: AuditEntry, now: number): void {
  statement(db, INSERT).run(
    now,
    entry.actor.accountId,
    entry.actor.username,
    entry.actor.role,
    entry.action,
    entry.target?.kind ?? null,
    entry.target?.id ?? null,
    entry.address,
    entry.outcome,
    entry.detail ?? null,
  );
}

interface Row {
  id: number;
  at: number;
  account_id: string | null;
  username: string | null;
  role: string | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  address: string;
  outcome: AuditRow['outcome'];
  detail: string | null;
}

/** The district admin's view of the log: filtered, newest first (or oldest), paged here. */
export function listAudit(db: Db, query: AuditQuery): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (query.action) {
    where.push('action = ?');
    args.push(query.action);
  }
  if (query.username) {
    where.push('username = ? COLLATE NOCASE');
    args.push(query.username);
  }
  if (query.outcome) {
    where.push('outcome = ?');
    args.push(query.outcome);
  }
  if (query.from) {
    where.push('at >= ?');
    args.push(shanghaiDayStart(query.from));
  }
  if (query.to) {
    where.push('at < ?');
    args.push(shanghaiDayStart(query.to) + 24 * 3600_000);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (
    db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${clause}`).get(...args) as { n: number }
  ).n;
  const order = query.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`SELECT * FROM audit_log ${clause} ORDER BY at ${order}, id ${order} LIMIT ? OFFSET ?`)
    .all(...args, query.pageSize, (query.page - 1) * query.pageSize) as Row[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: isoTime(r.at),
      accountId: r.account_id,
      username: r.username,
      role: r.role,
      action: r.action,
      targetKind: r.target_kind,
      targetId: r.target_id,
      address: r.address,
      outcome: r.outcome,
      detail: r.detail,
    })),
  };
}

/** The audit line of a case event written from the console (a team's or the middle office's). */
export function auditCaseEvent(
  db: Db,
  actor: AuditActor,
  caseId: string,
  event: { id: string; type: string },
  address: string,
  now: number,
): void {
  audit(
    db,
    {
      actor,
      action: `case.${event.type}`,
      target: { kind: 'case', id: caseId },
      address,
      outcome: 'ok',
      detail: JSON.stringify({ eventId: event.id }),
    },
    now,
  );
}
