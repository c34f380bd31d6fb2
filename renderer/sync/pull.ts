import { PULL_LIMIT_MAX, readChange, type PullResponse } from '../../shared/sync/protocol';
import type { ContentDb } from '../db/content-db';
import { entryForChange, HUB_KEYS } from '../content/hub-content';
import type { HubClient } from './hub-client';

export async function readPullCursor(db: ContentDb): Promise<number> {
  const value = (await db.content.get(HUB_KEYS.pullCursor))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export interface PageResult {
  applied: number;
  skipped: number;
  /** The stored cursor had moved on (another tab applied this page): nothing was written. */
  stale: boolean;
}

/**
 * Store one page of changes and the new cursor in ONE transaction. This is what makes pulling
 * resumable: if anything fails half-way, neither the content nor the cursor moves, and the next
 * pull asks for the same page again (latest-wins makes a repeat harmless). Unknown kinds and
 * unreadable bodies are skipped, but the cursor still moves past them.
 */
export async function applyPullPage(
  db: ContentDb,
  fromCursor: number,
  page: PullResponse,
  now: Date = new Date(),
): Promise<PageResult> {
  const updatedAt = now.toISOString();
  return db.transaction('rw', db.content, async () => {
    if ((await readPullCursor(db)) !== fromCursor) return { applied: 0, skipped: 0, stale: true };
    let applied = 0;
    let skipped = 0;
    for (const wire of page.changes) {
      const change = readChange(wire);
      if (change === null) {
        skipped += 1;
        continue;
      }
      await db.content.put(entryForChange(change, updatedAt));
      applied += 1;
    }
    await db.content.put({ key: HUB_KEYS.pullCursor, value: page.cursor, updatedAt });
    return { applied, skipped, stale: false };
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

/** Pull until the hub says there is no more (or `maxPages`), one atomic page at a time. */
export async function pullContent(
  db: ContentDb,
  client: HubClient,
  options: PullOptions = {},
): Promise<PullSummary> {
  const limit = Math.min(options.limit ?? 200, PULL_LIMIT_MAX);
  const maxPages = options.maxPages ?? 50;
  const now = options.now ?? Date.now;
  const summary: PullSummary = { applied: 0, skipped: 0, pages: 0 };
  for (let i = 0; i < maxPages; i++) {
    const cursor = await readPullCursor(db);
    const page = await client.pull(cursor, limit);
    const result = await applyPullPage(db, cursor, page, new Date(now()));
    summary.applied += result.applied;
    summary.skipped += result.skipped;
    summary.pages += 1;
    if (!page.more || result.stale) break;
  }
  return summary;
}
