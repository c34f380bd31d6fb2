import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { HUB_DB_FILE } from '../db/open';
import { openTempHubDb } from '../testing/temp-db';
import { GroupCommit } from './group-commit';

/**
 * GroupCommit on a real hub database file. A scratch table stands in for the records: what is
 * proved here is the grouping, isolation and all-or-nothing behaviour, whatever the writes are.
 */
let db: Db;
let dataDir: string;
let cleanup: () => void;
/** A second connection to the same file: it sees only what was committed. */
let reader: Database.Database;

beforeEach(() => {
  ({ db, dataDir, cleanup } = openTempHubDb());
  db.exec('CREATE TABLE scratch (push TEXT NOT NULL, n INTEGER NOT NULL) STRICT');
  reader = new Database(path.join(dataDir, HUB_DB_FILE), { readonly: true });
});
afterEach(() => {
  reader.close();
  cleanup();
});

const insert = (push: string, n: number) =>
  db.prepare('INSERT INTO scratch (push, n) VALUES (?, ?)').run(push, n);
const committed = () =>
  reader.prepare('SELECT push, n FROM scratch ORDER BY rowid').all() as {
    push: string;
    n: number;
  }[];

/** A write of `count` rows for `push`; returns the rows it saw for its push (its own "acks"). */
function rows(push: string, count: number) {
  return () => {
    for (let n = 1; n <= count; n++) insert(push, n);
    return (
      db.prepare('SELECT COUNT(*) AS c FROM scratch WHERE push = ?').get(push) as { c: number }
    ).c;
  };
}

/** Settle every promise, keeping each outcome (a rejection is a value here, not a failure). */
const outcomes = (promises: Promise<unknown>[]) =>
  Promise.all(
    promises.map((p) =>
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error: String(error) }),
      ),
    ),
  );

describe('GroupCommit', () => {
  it('commits writes queued together in one transaction and answers each with its own result', async () => {
    const groups = new GroupCommit(db);
    const answers = Promise.all([
      groups.write(2, rows('a', 2)),
      groups.write(3, rows('b', 3)),
      groups.write(1, rows('c', 1)),
    ]);
    expect(committed()).toEqual([]); // nothing before the flush
    expect(await answers).toEqual([2, 3, 1]);
    expect(groups.groupsCommitted).toBe(1);
    // Applied in queue order, each write's rows in its own order, and committed (another
    // connection sees them) by the time the promises resolve.
    expect(committed().map((r) => `${r.push}${r.n}`)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'c1']);
  });

  it('rolls back only the write that throws; the rest of its group is committed', async () => {
    const groups = new GroupCommit(db);
    const results = await outcomes([
      groups.write(2, rows('a', 2)),
      groups.write(2, () => {
        rows('bad', 2)();
        throw new Error('this push failed halfway');
      }),
      groups.write(1, rows('c', 1)),
    ]);
    expect(results).toEqual([
      { ok: true, value: 2 },
      { ok: false, error: 'Error: this push failed halfway' },
      { ok: true, value: 1 },
    ]);
    expect(groups.groupsCommitted).toBe(1);
    expect(committed().map((r) => r.push)).toEqual(['a', 'a', 'c']);
  });

  it('rolls back a lone write that throws (it runs without a savepoint of its own)', async () => {
    const groups = new GroupCommit(db);
    const [result] = await outcomes([
      groups.write(2, () => {
        rows('lone', 2)();
        throw new Error('lone failure');
      }),
    ]);
    expect(result).toEqual({ ok: false, error: 'Error: lone failure' });
    expect(committed()).toEqual([]);
    expect(db.inTransaction).toBe(false);
    await groups.write(1, rows('next', 1));
    expect(committed()).toEqual([{ push: 'next', n: 1 }]);
  });

  it('fails the whole group when SQLite rolls the transaction back, storing none of it', async () => {
    // A crash inside the group transaction: SQLite abandons the transaction mid-group.
    db.exec(`CREATE TRIGGER crash BEFORE INSERT ON scratch WHEN NEW.push = 'crash'
             BEGIN SELECT RAISE(ROLLBACK, 'simulated crash'); END`);
    const groups = new GroupCommit(db);
    const results = await outcomes([
      groups.write(1, rows('a', 1)),
      groups.write(1, rows('crash', 1)),
      groups.write(1, rows('c', 1)),
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    expect(committed()).toEqual([]);
    expect(groups.groupsCommitted).toBe(0);
    // Nothing ran outside a transaction, and the next group works.
    db.exec('DROP TRIGGER crash');
    expect(
      await Promise.all([groups.write(1, rows('a', 1)), groups.write(1, rows('c', 1))]),
    ).toEqual([1, 1]);
    expect(committed().map((r) => r.push)).toEqual(['a', 'c']);
  });

  it('fails the whole group when its COMMIT fails', async () => {
    // A deferred foreign key is checked at COMMIT: the commit fails after every write succeeded.
    db.exec(`CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
             CREATE TABLE child (parent INTEGER NOT NULL REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED) STRICT`);
    const groups = new GroupCommit(db);
    const results = await outcomes([
      groups.write(1, rows('a', 1)),
      groups.write(1, () => db.prepare('INSERT INTO child (parent) VALUES (42)').run().changes),
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(results[0]).toMatchObject({ error: expect.stringMatching(/FOREIGN KEY/) as string });
    expect(committed()).toEqual([]);
    expect(db.inTransaction).toBe(false);
  });

  it('caps a group at maxItems and commits the rest in the next group, in order', async () => {
    const groups = new GroupCommit(db, { maxItems: 4 });
    await Promise.all([
      groups.write(3, rows('a', 3)),
      groups.write(2, rows('b', 2)), // would make 5: next group
      groups.write(2, rows('c', 2)),
      groups.write(9, rows('d', 9)), // bigger than the cap on its own: runs alone
    ]);
    expect(groups.groupsCommitted).toBe(3);
    expect([...new Set(committed().map((r) => r.push))]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('holds queued writes until released, then commits them as one group', async () => {
    const groups = new GroupCommit(db);
    const release = groups.hold();
    const first = groups.write(1, rows('a', 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = groups.write(1, rows('b', 1));
    expect(groups.pending).toBe(2);
    expect(committed()).toEqual([]);
    release();
    release(); // a second call changes nothing
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(groups.groupsCommitted).toBe(1);
    expect(groups.pending).toBe(0);
  });
});
