import { openRecordsDb, type RecordsDb } from '../../renderer/db/records-db';
import { openContentDb, type ContentDb } from '../../renderer/db/content-db';
import { saveIntake, saveSuggestion } from '../../renderer/db/records';
import {
  createWebCredentialStore,
  openDeviceDb,
  type CredentialStore,
  type DeviceDb,
} from '../../renderer/platform/web-credential-store';
import { enrollKiosk, type EnrollInput } from '../../renderer/sync/enroll';
import { addTally, emptyTally, type AckTally } from '../../renderer/sync/outbox';
import { createSyncScheduler, type SyncScheduler } from '../../renderer/sync/scheduler';
import type { BackoffPolicy } from '../../renderer/sync/backoff';
import { syncOnce, type SyncDeps, type SyncReporter } from '../../renderer/sync/sync-once';
import type { SyncFailureCode } from '../../renderer/sync/sync-failure';
import { intakeDraft } from '../fixtures/intake-draft';
import { recordsDigest } from './digest';

/**
 * One kiosk, simulated in Node with the kiosk's own code: its Dexie databases (fake-indexeddb),
 * its credential store, its outbox, push, pull and scheduler. Only the screens are missing.
 */
export class SimKiosk {
  records: RecordsDb;
  content: ContentDb;
  device: DeviceDb;
  credentials: CredentialStore;
  tally: AckTally = emptyTally();
  failures: SyncFailureCode[] = [];
  offsets: number[] = [];
  reloads = 0;
  private scheduler: SyncScheduler | null = null;

  constructor(
    readonly name: string,
    private readonly options: {
      now?: () => number;
      timeoutMs?: number;
      batchMax?: number;
      pullLimit?: number;
      loop?: { intervalMs: number; backoff: BackoffPolicy; random: () => number };
      reporter?: SyncReporter;
    } = {},
  ) {
    this.records = openRecordsDb(`${name}-records`);
    this.content = openContentDb(`${name}-content`);
    this.device = openDeviceDb(`${name}-device`);
    this.credentials = createWebCredentialStore(this.device);
  }

  private readonly reporter: SyncReporter = {
    syncStarted: (at) => this.options.reporter?.syncStarted(at),
    syncSucceeded: (at) => this.options.reporter?.syncSucceeded(at),
    syncFailed: (code, at) => {
      this.failures.push(code);
      this.options.reporter?.syncFailed(code, at);
    },
    clockOffset: (ms, at) => {
      this.offsets.push(ms);
      this.options.reporter?.clockOffset(ms, at);
    },
    acked: (tally) => {
      this.tally = addTally(this.tally, tally);
      this.options.reporter?.acked?.(tally);
    },
  };

  deps(extra: Partial<SyncDeps> = {}): SyncDeps {
    return {
      records: this.records,
      content: this.content,
      credentials: this.credentials,
      fetch: (input, init) => fetch(input, init),
      now: this.options.now,
      reporter: this.reporter,
      timeoutMs: this.options.timeoutMs,
      batchMax: this.options.batchMax,
      pullLimit: this.options.pullLimit,
      ...extra,
    };
  }

  enroll(input: EnrollInput) {
    return enrollKiosk(input, {
      credentials: this.credentials,
      content: this.content,
      fetch: (i, init) => fetch(i, init),
      now: this.options.now,
    });
  }

  async deviceId(): Promise<string> {
    const c = await this.credentials.get();
    if (!c.ok || !c.value) throw new Error(`${this.name} is not enrolled`);
    return c.value.deviceId;
  }

  sync(extra: Partial<SyncDeps> = {}, signal?: AbortSignal) {
    return syncOnce(this.deps(extra), signal);
  }

  async createIntake(): Promise<string> {
    const saved = await saveIntake(this.records, intakeDraft());
    if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
    this.scheduler?.trigger('record-created');
    return saved.value.id;
  }

  async createSuggestion(text: string): Promise<string> {
    const saved = await saveSuggestion(this.records, text);
    if (!saved.ok) throw new Error(`save failed: ${saved.error}`);
    this.scheduler?.trigger('record-created');
    return saved.value.id;
  }

  /** Run the kiosk's own scheduler (timer, backoff, single-flight) against this kiosk. */
  startLoop(): void {
    const loop = this.options.loop;
    if (!loop) throw new Error('no loop options');
    this.scheduler = createSyncScheduler({
      run: async (signal) => ((await this.sync({}, signal)).ok ? 'ok' : 'failed'),
      intervalMs: loop.intervalMs,
      backoff: loop.backoff,
      random: loop.random,
    });
    this.scheduler.start();
  }

  trigger(): void {
    this.scheduler?.trigger('manual');
  }

  async stopLoop(): Promise<void> {
    await this.scheduler?.stop();
    this.scheduler = null;
  }

  /**
   * What a reload of the page does to sync: the run in flight is abandoned where it stands (its
   * request may still reach the hub), the databases are closed under it, and a fresh page opens
   * them again and starts a new loop.
   */
  async reload(): Promise<void> {
    const old = this.scheduler;
    this.scheduler = null;
    void old?.stop(true);
    this.records.close();
    this.content.close();
    this.device.close();
    this.records = openRecordsDb(`${this.name}-records`);
    this.content = openContentDb(`${this.name}-content`);
    this.device = openDeviceDb(`${this.name}-device`);
    this.credentials = createWebCredentialStore(this.device);
    await this.records.open();
    this.reloads += 1;
    this.startLoop();
  }

  async counts() {
    return {
      records: await this.records.records.count(),
      outbox: await this.records.outbox.count(),
      quarantine: await this.records.quarantine.count(),
      gone: await this.records.table('gone').count(),
    };
  }

  async digest(): Promise<string> {
    const rows = await this.records.records.toArray();
    return recordsDigest(rows.map((r) => ({ id: r.id, body: r.record })));
  }

  async ids(): Promise<string[]> {
    return (await this.records.records.toCollection().primaryKeys()).sort();
  }

  async close(remove = true): Promise<void> {
    await this.scheduler?.stop(true);
    if (remove) {
      await Promise.all([this.records.delete(), this.content.delete(), this.device.delete()]);
    } else {
      this.records.close();
      this.content.close();
      this.device.close();
    }
  }
}
