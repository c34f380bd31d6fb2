import { BODY_LIMIT_BYTES, KioskTime, PUSH_BATCH_MAX } from '../../shared/sync/protocol';
import type { RecordsDb } from '../db/records-db';
import type { HubClient, PushItemOut } from './hub-client';
import {
  addTally,
  applyAcks,
  emptyTally,
  noteAttempt,
  takeBatch,
  type AckTally,
  type OutboxItem,
} from './outbox';
import { failureAction, SyncFailure } from './sync-failure';

export interface PushOptions {
  batchMax?: number;
  /** Batches per sync at most; the rest goes next time (a sync never runs unbounded). */
  maxBatches?: number;
  now?: () => number;
  /** Told after each batch's acks are applied (the status line, the fault test's counts). */
  onAcks?: (tally: AckTally) => void;
}

/** Keep well under the hub's body limit: the envelope and JSON escaping add to the records. */
const BODY_BUDGET_BYTES = Math.floor(BODY_LIMIT_BYTES * 0.8);
const encoder = new TextEncoder();

/** The leading items of a batch that fit the body budget (always at least one). */
export function fitToBody(items: readonly PushItemOut[]): PushItemOut[] {
  let bytes = 0;
  const fitted: PushItemOut[] = [];
  for (const item of items) {
    bytes += encoder.encode(JSON.stringify(item)).length + 1;
    if (fitted.length > 0 && bytes > BODY_BUDGET_BYTES) break;
    fitted.push(item);
  }
  return fitted;
}

function toPushItem(item: OutboxItem, fallbackTime: string): PushItemOut {
  // The hub refuses a whole request over one malformed time: never let one entry block the rest.
  const queued = KioskTime.safeParse(item.entry.enqueuedAt);
  return {
    seq: item.seq,
    record: item.record,
    kioskTime: queued.success ? queued.data : fallbackTime,
  };
}

/**
 * Send the outbox, oldest first, until it is empty (or `maxBatches`). Entries leave the outbox
 * only through `applyAcks`, after the hub's answer; a lost answer leaves them to be sent again,
 * and the hub answers `duplicate`. A batch too big for the hub is halved until it fits.
 */
export async function pushOutbox(
  db: RecordsDb,
  client: HubClient,
  options: PushOptions = {},
): Promise<AckTally> {
  let batchMax = Math.min(options.batchMax ?? PUSH_BATCH_MAX, PUSH_BATCH_MAX);
  const maxBatches = options.maxBatches ?? 20;
  const now = options.now ?? Date.now;
  let tally = emptyTally();
  for (let round = 0; round < maxBatches; round++) {
    const taken = await takeBatch(db, batchMax);
    if (taken.length === 0) break;
    const items = fitToBody(taken.map((t) => toPushItem(t, client.kioskTime())));
    let acks;
    try {
      acks = (await client.push(items)).acks;
    } catch (error) {
      if (
        error instanceof SyncFailure &&
        failureAction(error.code) === 'split' &&
        items.length > 1
      ) {
        batchMax = Math.max(1, Math.floor(items.length / 2));
        continue;
      }
      const code = error instanceof SyncFailure ? error.code : 'storage';
      await noteAttempt(
        db,
        items.map((i) => i.seq),
        code,
      ).catch(() => undefined);
      throw error;
    }
    const result = await applyAcks(db, acks, new Date(now()));
    tally = addTally(tally, result);
    options.onAcks?.(result);
    // No entry left the outbox: the answers matched nothing we sent. Stop rather than loop.
    if (result.ignored === acks.length) break;
  }
  return tally;
}
