import type { Db } from '../db/open';

export interface GroupCommitOptions {
  /**
   * Most items (records) one group may carry; the rest wait for the next group. This bounds how
   * long one transaction blocks the hub. A single bigger write still runs, alone.
   */
  maxItems?: number;
}

/** Queued writes and, after the commit, what became of each. */
interface Job {
  items: number;
  /** Runs the write in its own savepoint; false if it threw (its savepoint was rolled back). */
  apply(): boolean;
  /** Runs the write as the group's only one, without a savepoint; throws what the write threw. */
  applyAlone(): void;
  /** Answer the caller: with the write's own result, or with `groupError` if nothing committed. */
  settle(groupError: { error: unknown } | null): void;
}

export const GROUP_MAX_ITEMS_DEFAULT = 5_000;

/**
 * Group commit. With synchronous=FULL every COMMIT waits for the disk, and better-sqlite3 waits
 * on the only thread; when a hundred kiosks push at once, one commit each makes them queue behind
 * each other's disk flushes. So writes that arrive while the hub is busy are coalesced: the first
 * write of a group schedules a flush with setImmediate, which runs after Node has taken in every
 * request that arrived meanwhile (during the previous commit), and the flush applies all of them
 * in ONE transaction on the one connection, then answers each.
 *
 * What each write still gets, unchanged from a transaction of its own:
 * - its items applied in its own order, and its own result (acks) computed inside the group;
 * - a SAVEPOINT of its own: if it throws, its writes are rolled back and only its caller hears
 *   the error; the others in the group go on;
 * - an answer only after the COMMIT: if the group fails as a whole (the commit fails, or SQLite
 *   rolled the transaction back), every caller in it gets the error and nothing of the group is
 *   stored, so a retry is always safe.
 * An idle hub adds no delay: a lone write is flushed on the next turn of the event loop.
 */
export class GroupCommit {
  private readonly queue: Job[] = [];
  private flushScheduled = false;
  private holds = 0;
  private readonly maxItems: number;
  private readonly inSavepoint: (write: () => unknown) => unknown;
  private readonly inGroup: (jobs: readonly Job[]) => void;
  /** Groups committed since start (tests read it to see that writes shared one transaction). */
  groupsCommitted = 0;

  constructor(db: Db, options: GroupCommitOptions = {}) {
    this.maxItems = options.maxItems ?? GROUP_MAX_ITEMS_DEFAULT;
    // Called inside the group transaction, better-sqlite3 makes this a SAVEPOINT.
    this.inSavepoint = db.transaction((write: () => unknown) => write());
    const group = db.transaction((jobs: readonly Job[]) => {
      // A savepoint makes SQLite copy every page the write touches, so a lone write (a kiosk
      // pushing while the hub is quiet) goes without: if it throws, the transaction rolls back,
      // and that transaction was only its own.
      const [only] = jobs;
      if (only && jobs.length === 1) return only.applyAlone();
      for (const job of jobs) {
        // Some errors (SQLITE_FULL, RAISE(ROLLBACK), an I/O error) make SQLite roll back the
        // whole transaction. Going on would run the next writes outside any transaction (each
        // committing alone), so the group fails: every write in it gets the error.
        if (!job.apply() && !db.inTransaction)
          throw new Error('SQLite rolled back the group transaction');
      }
    });
    // IMMEDIATE: take the write lock at BEGIN, so a busy database fails the group before any write.
    this.inGroup = (jobs) => group.immediate(jobs);
  }

  /** Run `write` in the next group transaction; resolves with its result once that commits. */
  write<T>(items: number, write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
      this.queue.push({
        items,
        apply: () => {
          try {
            outcome = { ok: true, value: this.inSavepoint(write) as T };
          } catch (error) {
            outcome = { ok: false, error };
          }
          return outcome.ok;
        },
        applyAlone: () => {
          outcome = { ok: true, value: write() };
        },
        settle: (groupError) => {
          if (groupError) reject(asError(groupError.error));
          else if (outcome?.ok) resolve(outcome.value);
          else reject(asError(outcome?.error ?? new Error('the write never ran')));
        },
      });
      this.schedule();
    });
  }

  /** Writes waiting for the next group. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Keep queued writes waiting until the returned release is called: tests use it to put chosen
   * pushes into one group; an admin task could use it to pause writes briefly.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.schedule();
    };
  }

  private schedule(): void {
    if (this.flushScheduled || this.holds > 0 || this.queue.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.holds > 0 || this.queue.length === 0) return;
    const group = this.takeGroup();
    let groupError: { error: unknown } | null = null;
    try {
      this.inGroup(group);
      this.groupsCommitted++;
    } catch (error) {
      groupError = { error };
    }
    for (const job of group) job.settle(groupError);
    // What is left waits one more turn, so requests that arrived during this commit join it.
    this.schedule();
  }

  private takeGroup(): Job[] {
    let items = 0;
    let count = 0;
    for (const job of this.queue) {
      if (count > 0 && items + job.items > this.maxItems) break;
      items += job.items;
      count++;
    }
    return this.queue.splice(0, count);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
