import { Dexie, type EntityTable } from 'dexie';
import type { KioskRecord } from '../../shared/records/intake';
import type { CaseEvent } from '../../shared/cases/events';
import type { CaseStatus, CaseView } from '../../shared/cases/derive';
import type { StoredCaseList } from '../../shared/cases/lists';
import { applyRecordsMigrations } from './migrations/records';

/** A record as stored on the kiosk: the record itself plus the fields we query by. */
export interface StoredRecord {
  id: string;
  kind: KioskRecord['kind'];
  /** Local calendar day of creation (YYYY-MM-DD), for today's queue. */
  day: string;
  createdAt: string;
  /**
   * When the hub acknowledged it (stored, duplicate or gone; UTC ISO), set by applyAcks; absent
   * while it waits in the outbox or quarantine. Retention counts from here (schema v6).
   */
  ackedAt?: string;
  record: KioskRecord;
}

/** An outbox entry: a record that the hub has not yet acknowledged. */
export interface OutboxEntry {
  /** Strictly increasing per device: the hub applies a device's records in this order. */
  seq?: number;
  recordId: string;
  enqueuedAt: string;
  attempts: number;
  lastError?: string;
}

/** A record the hub rejected as invalid, set aside with the reason so it never blocks the rest. */
export interface QuarantineEntry {
  recordId: string;
  reason: string;
  at: string;
}

export interface Counter {
  key: string;
  value: number;
}

/** A record the hub answered `gone` (v2): it deleted or archived the id on purpose. */
export interface GoneEntry {
  recordId: string;
  at: string;
}

/** One event of one case, as this kiosk knows it (its own, or sent by the hub) (v3). */
export interface CaseEventRow {
  id: string;
  caseId: string;
  event: CaseEvent;
  origin: 'kiosk' | 'hub';
}

/** A case's derived state and the fields its lists and searches are indexed by (v3-v7). */
export interface CaseRow {
  caseId: string;
  status: CaseStatus;
  /** Multi-entry index: the tracking lists the case is on (overdue is a range over openDue). */
  lists: StoredCaseList[];
  openDue?: string;
  day: string;
  ticketNumber?: string;
  phoneLast4?: string;
  /** When its group session meets (`YYYY-MM-DDTHH:MM`), while the case is open; see v5. */
  sessionAt?: string;
  view: Omit<CaseView, 'timeline'>;
}

/** Every table of the records database at its latest version (migrations/records.ts). */
export type RecordsDb = Dexie & {
  records: EntityTable<StoredRecord, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
  quarantine: EntityTable<QuarantineEntry, 'recordId'>;
  counters: EntityTable<Counter, 'key'>;
  gone: EntityTable<GoneEntry, 'recordId'>;
  caseEvents: EntityTable<CaseEventRow, 'id'>;
  cases: EntityTable<CaseRow, 'caseId'>;
};

export const RECORDS_DB_NAME = 'kiosk-records';

/**
 * The records database holds everything residents and volunteers enter, and the outbox. It is a
 * database of its own so that no content update or cache clean-up can ever touch it.
 *
 * Durability is 'strict': Chromium's default became 'relaxed', which reports a commit before the
 * data reaches the disk; a power cut right after the ticket shows could then lose the intake.
 */
export function openRecordsDb(name: string = RECORDS_DB_NAME): RecordsDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as RecordsDb;
  applyRecordsMigrations(db);
  return db;
}
