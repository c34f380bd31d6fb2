import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { isoTime } from '../clock';
import { appendChange } from '../store/changes';
import type { Account } from './accounts';
import { audit } from './audit';
import type { CaseScopeInfo } from './case-scope';
import { ConsoleRefusal } from './refusal';
import { actorOf } from './request-context';
import { uuidv7 } from '../../shared/ids';
import type { TypicalCasesQuery } from '../../shared/console/requests';
import type { StreetId } from '../../shared/sites';
import type { PromptKey, ServiceId } from '../../shared/catalogue/ids';
import { findPersonalInfo } from '../../shared/typical-cases/anonymise';
import {
  TYPICAL_TEXT_FIELDS,
  type PersonalInfoProblem,
  type TypicalCaseDraft,
  type TypicalCasePublication,
  type TypicalCaseView,
  type TypicalStatus,
} from '../../shared/typical-cases/schema';

/**
 * 典型案事例 at the hub. The rule that matters: **nothing with personal information is stored**.
 * Every write runs the shared detector over every text field first and refuses with where it
 * found what (never the words), so a draft another person opens is already anonymised. The
 * author can never approve their own case; only an approved case is exported or published.
 */

/** A refusal that carries where personal information was found, for the form to point at. */
export class PersonalInfoFound extends Error {
  constructor(readonly problems: PersonalInfoProblem[]) {
    super('personal_info_found');
    this.name = 'PersonalInfoFound';
  }
}

export function personalInfoProblems(draft: TypicalCaseDraft): PersonalInfoProblem[] {
  return TYPICAL_TEXT_FIELDS.flatMap((field) =>
    findPersonalInfo(draft[field]).map(({ kind, start, end }) => ({ field, kind, start, end })),
  );
}

function refuseIfPersonal(draft: TypicalCaseDraft): void {
  const problems = personalInfoProblems(draft);
  if (problems.length > 0) throw new PersonalInfoFound(problems);
}

interface Row {
  id: string;
  case_id: string;
  street: StreetId;
  prompt: PromptKey;
  year: number;
  services: string;
  title: string;
  facts: string;
  resolution: string;
  law: string;
  status: TypicalStatus;
  published: number;
  author_id: string;
  author: string | null;
  approved_by: string | null;
  approver: string | null;
  updated_at: number;
}

const SELECT = `SELECT t.*, a.display_name AS author, b.display_name AS approver
  FROM typical_cases t LEFT JOIN accounts a ON a.id = t.author_id
  LEFT JOIN accounts b ON b.id = t.approved_by`;

function toView(row: Row, viewer: Account | null): TypicalCaseView {
  return {
    id: row.id,
    caseId: row.case_id,
    street: row.street,
    year: row.year,
    status: row.status,
    published: row.published === 1,
    prompt: row.prompt,
    title: row.title,
    facts: row.facts,
    resolution: row.resolution,
    law: row.law,
    services: JSON.parse(row.services) as ServiceId[],
    author: row.author ?? '',
    approvedBy: row.approver,
    mine: viewer !== null && row.author_id === viewer.id,
    updatedAt: isoTime(row.updated_at),
  };
}

export function readTypicalCase(db: Db, id: string, viewer: Account | null): TypicalCaseView {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as Row | undefined;
  if (!row) throw new ConsoleRefusal('not_found', 'no such typical case');
  return toView(row, viewer);
}

/** A typical case's street, for the access guard's scope check; null if there is none. */
export function typicalCaseStreet(db: Db, id: string): StreetId | null {
  const street = statement(db, 'SELECT street FROM typical_cases WHERE id = ?').pluck().get(id);
  return (street as StreetId | undefined) ?? null;
}

/** The library (and drafts, for the offices): filtered by topic, street, service and year. */
export function listTypicalCases(
  db: Db,
  viewer: Account,
  street: StreetId | null,
  query: TypicalCasesQuery,
  limit: { pageSize: number; page: number } = query,
): { rows: TypicalCaseView[]; total: number } {
  const where = ['t.status = ?'];
  const args: (string | number)[] = [query.status];
  const filters: [string, string | number | undefined | null][] = [
    ['t.prompt = ?', query.prompt],
    ['t.street = ?', street],
    ['t.year = ?', query.year],
    ['EXISTS (SELECT 1 FROM json_each(t.services) WHERE value = ?)', query.service],
  ];
  for (const [clause, value] of filters)
    if (value !== undefined && value !== null) {
      where.push(clause);
      args.push(value);
    }
  const clause = where.join(' AND ');
  const total = db
    .prepare(`SELECT COUNT(*) FROM typical_cases t WHERE ${clause}`)
    .pluck()
    .get(...args) as number;
  const order = query.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(
      `${SELECT} WHERE ${clause} ORDER BY t.year ${order}, t.updated_at ${order} LIMIT ? OFFSET ?`,
    )
    .all(...args, limit.pageSize, (limit.page - 1) * limit.pageSize) as Row[];
  return { rows: rows.map((r) => toView(r, viewer)), total };
}

const auditLine = (
  db: Db,
  account: Account,
  action: string,
  id: string,
  address: string,
  now: number,
  detail: string | null = null,
) =>
  audit(
    db,
    {
      actor: actorOf(account),
      action,
      target: { kind: 'typicalCase', id },
      address,
      outcome: 'ok',
      detail,
    },
    now,
  );

/** One change to a typical case, with its audit line, in one transaction; answers the new state. */
function changeTypicalCase(
  db: Db,
  account: Account,
  id: string,
  action: string,
  address: string,
  now: number,
  apply: (current: TypicalCaseView) => void,
): TypicalCaseView {
  return db
    .transaction(() => {
      apply(readTypicalCase(db, id, account));
      auditLine(db, account, action, id, address, now);
      return readTypicalCase(db, id, account);
    })
    .immediate();
}

/** Write a typical case from a closed case: a draft until a second person approves it. */
export function createTypicalCase(
  db: Db,
  account: Account,
  target: CaseScopeInfo,
  draft: TypicalCaseDraft,
  address: string,
  now: number,
): TypicalCaseView {
  refuseIfPersonal(draft);
  return db
    .transaction(() => {
      const status = statement(db, 'SELECT status FROM cases WHERE case_id = ?')
        .pluck()
        .get(target.caseId);
      if (status !== 'closed') throw new ConsoleRefusal('case_not_closed', 'the case is open');
      const id = uuidv7(now);
      const year = Number(isoTime(now).slice(0, 4));
      db.prepare(
        `INSERT INTO typical_cases (id, case_id, street, prompt, year, services, title, facts,
           resolution, law, status, author_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
      ).run(
        id,
        target.caseId,
        target.street,
        draft.prompt,
        year,
        JSON.stringify(draft.services),
        draft.title,
        draft.facts,
        draft.resolution,
        draft.law,
        account.id,
        now,
        now,
      );
      auditLine(db, account, 'typicalCase.create', id, address, now, target.caseId);
      return readTypicalCase(db, id, account);
    })
    .immediate();
}

export function updateTypicalCase(
  db: Db,
  account: Account,
  id: string,
  draft: TypicalCaseDraft,
  address: string,
  now: number,
): TypicalCaseView {
  refuseIfPersonal(draft);
  return changeTypicalCase(db, account, id, 'typicalCase.update', address, now, (current) => {
    if (current.status === 'approved')
      throw new ConsoleRefusal('typical_case_approved', 'an approved case is not edited');
    db.prepare(
      `UPDATE typical_cases SET prompt = ?, services = ?, title = ?, facts = ?, resolution = ?,
           law = ?, updated_at = ? WHERE id = ?`,
    ).run(
      draft.prompt,
      JSON.stringify(draft.services),
      draft.title,
      draft.facts,
      draft.resolution,
      draft.law,
      now,
      id,
    );
  });
}

/** A second person approves: never the author; the text is checked once more. */
export function approveTypicalCase(
  db: Db,
  account: Account,
  id: string,
  address: string,
  now: number,
): TypicalCaseView {
  return changeTypicalCase(db, account, id, 'typicalCase.approve', address, now, (current) => {
    if (current.status === 'approved')
      throw new ConsoleRefusal('typical_case_approved', 'approved already');
    if (current.mine) throw new ConsoleRefusal('approver_is_author', 'a second person approves');
    refuseIfPersonal(current);
    db.prepare(
      `UPDATE typical_cases SET status = 'approved', approved_by = ?, approved_at = ?, updated_at = ?
         WHERE id = ?`,
    ).run(account.id, now, now, id);
  });
}

/** Put an approved case on every kiosk under its prompt, or take it off again. */
export function publishTypicalCase(
  db: Db,
  account: Account,
  id: string,
  published: boolean,
  address: string,
  now: number,
): TypicalCaseView {
  const action = published ? 'typicalCase.publish' : 'typicalCase.withdraw';
  return changeTypicalCase(db, account, id, action, address, now, (current) => {
    if (current.status !== 'approved')
      throw new ConsoleRefusal('typical_case_not_approved', 'approve it first');
    db.prepare('UPDATE typical_cases SET published = ?, updated_at = ? WHERE id = ?').run(
      published ? 1 : 0,
      now,
      id,
    );
    const body: TypicalCasePublication = {
      id,
      prompt: current.prompt,
      year: current.year,
      title: current.title,
      facts: current.facts,
      resolution: current.resolution,
      law: current.law,
      services: current.services,
      withdrawn: !published,
    };
    appendChange(db, { siteId: null, kind: 'typicalCase', key: id, body }, now);
  });
}
