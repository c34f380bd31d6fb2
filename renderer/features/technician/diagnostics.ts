import type { AppInfo, PrinterSummary } from '../../../shared/ipc';
import type { ContentDb } from '../../db/content-db';
import type { RecordsDb } from '../../db/records-db';
import { goneTable } from '../../sync/outbox';
import { readPullCursor } from '../../sync/pull';
import { HUB_KEYS } from '../../content/hub-content';
import type { StorageHealth } from '../../sync/storage-health';
import type { ErrorEntry } from './error-ring';

/**
 * The diagnostic bundle a technician exports: versions, counts, error codes, offsets. It must
 * never carry personal data (PIPL), so it is built from an allow-list of fields, never by
 * copying a record: record ids and kinds are in it, a record's content is not.
 */
export interface DiagnosticBundle {
  format: 'living-room-kiosk-diagnostics';
  formatVersion: 1;
  createdAt: string;
  app: AppInfo | null;
  catalogueVersion: string;
  content: { pullCursor: number; siteId: string | null; siteUpdatedAt: string | null };
  device: { deviceId: string | null; hubUrl: string | null };
  hub: { reachable: boolean | null; version: string | null };
  sync: {
    lastSuccessAt: string | null;
    lastError: string | null;
    lastErrorAt: string | null;
    clockOffsetMs: number | null;
  };
  counts: {
    records: Record<string, number>;
    outbox: number;
    quarantine: number;
    gone: number;
  };
  outbox: {
    oldestEnqueuedAt: string | null;
    maxAttempts: number;
    lastErrors: Record<string, number>;
  };
  quarantine: { recordId: string; kind: string | null; at: string; reason: string }[];
  storage: StorageHealth | null;
  printers: { name: string; receipt: boolean }[];
  errors: { code: string; at: string }[];
}

export interface DiagnosticInput {
  records: RecordsDb;
  content: ContentDb;
  catalogueVersion: string;
  app: AppInfo | null;
  device: { deviceId: string; hubUrl: string } | null;
  hub: { reachable: boolean; version: string | null } | null;
  sync: {
    lastSuccessAt: number | null;
    lastError: string | null;
    lastErrorAt: number | null;
    clockOffsetMs: number | null;
  };
  storage: StorageHealth | null;
  printers: PrinterSummary[];
  errors: ErrorEntry[];
  now?: Date;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * A hub's rejection reason is plain English about fields ("contact.phone: Invalid string"), but
 * it comes from another program: runs of digits (a phone, an ID number) are masked all the same.
 */
export function maskReason(reason: string): string {
  return reason.replace(/\d{4,}/g, '#').slice(0, 200);
}

function siteFacts(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const siteId = (value as { siteId?: unknown }).siteId;
  return typeof siteId === 'string' ? siteId.slice(0, 40) : null;
}

export async function collectDiagnostics(input: DiagnosticInput): Promise<DiagnosticBundle> {
  const { records, content } = input;
  const [kinds, outbox, quarantine, gone, pullCursor, site] = await Promise.all([
    records.records.orderBy('kind').keys(),
    records.outbox.toArray(),
    records.quarantine.toArray(),
    goneTable(records).count(),
    readPullCursor(content),
    content.content.get(HUB_KEYS.site),
  ]);
  const countBy = (values: readonly string[]) =>
    values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  const quarantinedRows = await records.records.bulkGet(quarantine.map((q) => q.recordId));
  return {
    format: 'living-room-kiosk-diagnostics',
    formatVersion: 1,
    createdAt: (input.now ?? new Date()).toISOString(),
    app: input.app,
    catalogueVersion: input.catalogueVersion,
    content: {
      pullCursor,
      siteId: siteFacts(site?.value),
      siteUpdatedAt: site?.updatedAt ?? null,
    },
    device: {
      deviceId: input.device?.deviceId ?? null,
      hubUrl: input.device?.hubUrl ?? null,
    },
    hub: { reachable: input.hub?.reachable ?? null, version: input.hub?.version ?? null },
    sync: {
      lastSuccessAt: iso(input.sync.lastSuccessAt),
      lastError: input.sync.lastError,
      lastErrorAt: iso(input.sync.lastErrorAt),
      clockOffsetMs: input.sync.clockOffsetMs,
    },
    counts: {
      records: countBy(kinds.map(String)),
      outbox: outbox.length,
      quarantine: quarantine.length,
      gone,
    },
    outbox: {
      oldestEnqueuedAt: outbox.map((e) => e.enqueuedAt).sort()[0] ?? null,
      maxAttempts: Math.max(0, ...outbox.map((e) => e.attempts)),
      lastErrors: countBy(outbox.flatMap((e) => (e.lastError ? [e.lastError.slice(0, 64)] : []))),
    },
    quarantine: quarantine.map((q, i) => ({
      recordId: q.recordId,
      kind: quarantinedRows[i]?.kind ?? null,
      at: q.at,
      reason: maskReason(q.reason),
    })),
    storage: input.storage,
    printers: input.printers.map((p) => ({ name: p.name, receipt: p.receipt })),
    errors: input.errors.map((e) => ({ code: e.code, at: new Date(e.at).toISOString() })),
  };
}

/** The file name the bundle downloads as. */
export function bundleFileName(now: Date): string {
  return `kiosk-diagnostics-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
