import {
  PULL_LIMIT_MAX,
  readChange,
  type Change,
  type PullResponse,
} from '../../shared/sync/protocol';
import { pullWindow } from '../../shared/sync/pull-window';
import type { ContentDb } from '../db/content-db';
import type { RecordsDb } from '../db/records-db';
import { entryForChange, HUB_KEYS } from '../content/hub-content';
import { applyPulledCases, readCaseCursor } from '../db/cases-pull';
import type { HubClient } from './hub-client';

/** The two databases a pull writes: cases into the records, everything else into the content. */
export interface PullDbs {
  records: RecordsDb;
  content: ContentDb;
}

/** How far into the hub's feed the content database has applied. */
export async function readPullCursor(db: ContentDb): Promise<number> {
  const value = (await db.content.get(HUB_KEYS.pullCursor))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/**
 * Where the next pull starts: the lower of the two databases' cursors. Each database skips the
 * changes it already holds, so a wiped content database (cursor 0) pulls its content again without
 * re-deriving every case, and the other way round.
 */
export async function nextPullCursor(dbs: PullDbs): Promise<number> {
  const [content, cases] = await Promise.all([
    readPullCursor(dbs.content),
    readCaseCursor(dbs.records),
  ]);
  return Math.min(content, cases);
}

export interface PageResult {
  applied: number;
  skipped: number;
  /** Both databases already held this page (another tab applied it): nothing was written. */
  stale: boolean;
}

/** A page's changes, read: null where the kind or body is unknown to this kiosk. */
type ReadChange = { cursor: number; change: Change | null };

/**
 * Store one page asked for from `fromCursor`: its `case` changes and the records database's
 * cursor in ONE transaction there (db/cases-pull.ts), then everything else and the content
 * database's cursor in ONE transaction on the content database. IndexedDB cannot span two
 * databases, so each keeps its own hub cursor and applies only the changes above it
 * (shared/sync/pull-window.ts): a failure or a power cut between the two leaves one database
 * behind, and the next pull, from the lower cursor, brings it up without applying anything twice.
 * Unknown kinds and unreadable bodies are skipped, but the cursors still move past them.
 */
export async function applyPullPage(
  dbs: PullDbs,
  fromCursor: number,
  page: PullResponse,
  now: Date = new Date(),
): Promise<PageResult> {
  const changes: ReadChange[] = page.changes.map((w) => ({
    cursor: w.cursor,
    change: readChange(w),
  }));
  const cases = await applyPulledCases(
    dbs.records,
    changes.flatMap(({ change }) => (change?.kind === 'case' ? [change] : [])),
    (stored) => pullWindow(stored, fromCursor, page.cursor),
    page.cursor,
  );
  const content = await applyContentChanges(dbs.content, changes, fromCursor, page.cursor, now);
  // An unreadable change counts as skipped once, unless both databases already held it.
  const after = Math.min(cases?.after ?? page.cursor, content?.after ?? page.cursor);
  return {
    applied: (cases?.applied ?? 0) + (content?.applied ?? 0),
    skipped: changes.filter((c) => c.change === null && c.cursor > after).length,
    stale: cases === null && content === null,
  };
}

/** The page's non-case changes above the content cursor, and the cursor, in one transaction. */
async function applyContentChanges(
  db: ContentDb,
  changes: readonly ReadChange[],
  fromCursor: number,
  toCursor: number,
  now: Date,
): Promise<{ applied: number; after: number } | null> {
  const updatedAt = now.toISOString();
  return db.transaction('rw', db.content, async () => {
    const after = pullWindow(await readPullCursor(db), fromCursor, toCursor);
    if (after === null) return null;
    let applied = 0;
    for (const { cursor, change } of changes) {
      if (cursor <= after || change === null || change.kind === 'case') continue;
      await db.content.put(entryForChange(change, updatedAt));
      applied += 1;
    }
    await db.content.put({ key: HUB_KEYS.pullCursor, value: toCursor, updatedAt });
    return { applied, after };
  });
}

export interface PullOptions {
  limit?: number;
  /** Pages per sync at most; the rest comes next time. */
  maxPages?: number;
  now?: () => number;
}

export interface PullSummary {
  applied: number;
  skipped: number;
  pages: number;
}

/** Pull until the hub says there is no more (or `maxPages`), one page at a time. */
export async function pullContent(
  dbs: PullDbs,
  client: HubClient,
  options: PullOptions = {},
): Promise<PullSummary> {
  const limit = Math.min(options.limit ?? 200, PULL_LIMIT_MAX);
  const maxPages = options.maxPages ?? 50;
  const now = options.now ?? Date.now;
  const summary: PullSummary = { applied: 0, skipped: 0, pages: 0 };
  for (let i = 0; i < maxPages; i++) {
    const cursor = await nextPullCursor(dbs);
    const page = await client.pull(cursor, limit);
    const result = await applyPullPage(dbs, cursor, page, new Date(now()));
    summary.applied += result.applied;
    summary.skipped += result.skipped;
    summary.pages += 1;
    if (!page.more || result.stale) break;
  }
  return summary;
}
