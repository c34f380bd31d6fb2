import type { ContentDb } from '../db/content-db';
import type { RecordsDb } from '../db/records-db';
import { ensureCredential, type CredentialAccess, type EnrollInput } from './enroll';
import { createHubClient, type FetchFn, type HubClient } from './hub-client';
import type { AckTally } from './outbox';
import { pullContent, type PullSummary } from './pull';
import { pushOutbox } from './push';
import { asSyncFailure, type SyncFailureCode } from './sync-failure';

/** What the sync loop tells the rest of the kiosk (the status line). Never record contents. */
export interface SyncReporter {
  syncStarted(at: number): void;
  syncSucceeded(at: number): void;
  syncFailed(code: SyncFailureCode, at: number): void;
  clockOffset(offsetMs: number, at: number): void;
  acked?(tally: AckTally): void;
}

export const silentReporter: SyncReporter = {
  syncStarted: () => undefined,
  syncSucceeded: () => undefined,
  syncFailed: () => undefined,
  clockOffset: () => undefined,
};

export interface SyncDeps {
  records: RecordsDb;
  content: ContentDb;
  credentials: CredentialAccess;
  /** The code to enroll with when there is no credential (demo runs only), or null. */
  autoEnroll?: () => Promise<EnrollInput | null>;
  fetch: FetchFn;
  now?: () => number;
  reporter?: SyncReporter;
  timeoutMs?: number;
  batchMax?: number;
  pullLimit?: number;
  /**
   * The hub said `device_lost` (remote wipe, sync/remote-wipe.ts): erase, confirm through this
   * run's client, lock. Without it the failure is only reported.
   */
  onDeviceLost?: (client: HubClient) => Promise<void>;
}

export type SyncOutcome =
  { ok: true; acks: AckTally; pulled: PullSummary } | { ok: false; code: SyncFailureCode };

/**
 * One sync: make sure the kiosk is enrolled, push the outbox, pull content. Push goes first: what
 * residents entered matters more than a new rota. Each step is safe to cut off at any point (see
 * docs/sync-protocol.md, "Kiosk client"), which is what lets `signal` abandon it mid-flight.
 */
export async function syncOnce(deps: SyncDeps, signal?: AbortSignal): Promise<SyncOutcome> {
  const now = deps.now ?? Date.now;
  const reporter = deps.reporter ?? silentReporter;
  const onClockOffset = (offsetMs: number) => reporter.clockOffset(offsetMs, now());
  reporter.syncStarted(now());
  let client: HubClient | null = null;
  try {
    const credential = await ensureCredential({ ...deps, onClockOffset });
    client = createHubClient({
      baseUrl: credential.hubUrl.replace(/\/+$/, ''),
      credential: { deviceId: credential.deviceId, secret: credential.secret },
      fetch: deps.fetch,
      now,
      timeoutMs: deps.timeoutMs,
      signal,
      onClockOffset,
    });
    const acks = await pushOutbox(deps.records, client, {
      batchMax: deps.batchMax,
      now,
      onAcks: (tally) => reporter.acked?.(tally),
    });
    // Case updates go straight into the desk's cases in the pull's own transaction (pull.ts).
    const pulled = await pullContent(deps, client, { limit: deps.pullLimit, now });
    reporter.syncSucceeded(now());
    return { ok: true, acks, pulled };
  } catch (error) {
    const failure = asSyncFailure(error);
    // A failure inside the wipe leaves the lock at `wiping`; the locked screen finishes it.
    if (failure.code === 'device_lost' && client !== null && deps.onDeviceLost)
      await deps.onDeviceLost(client).catch(() => undefined);
    reporter.syncFailed(failure.code, now());
    return { ok: false, code: failure.code };
  }
}
