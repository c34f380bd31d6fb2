import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from '../../db/live';
import type { AppInfo, DeviceCredential, PrinterSummary } from '../../../shared/ipc';
import { useKiosk } from '../../app/kiosk-context';
import { getPlatform } from '../../platform';
import { goneTable } from '../../sync/outbox';
import { readPullCursor } from '../../sync/pull';
import { checkStorage, type StorageHealth } from '../../sync/storage-health';
import { testConnection, type ConnectionResult } from '../setup/hub-check';
import { kioskFetch } from '../setup/setup-actions';
import { recentErrors, type ErrorEntry } from './error-ring';

export interface QuarantinedRecord {
  recordId: string;
  kind: string | null;
  reason: string;
  at: string;
}

async function readMachineFacts() {
  const platform = getPlatform();
  const [info, cred, list] = await Promise.all([
    platform.appInfo(),
    platform.getCredential(),
    platform.listPrinters(),
  ]);
  const credential = cred.ok ? cred.value : null;
  const manager = 'storage' in navigator ? navigator.storage : undefined;
  const persisted = manager?.persisted ? await manager.persisted().catch(() => null) : null;
  const storage = await checkStorage(manager, persisted);
  const hub: ConnectionResult = credential
    ? await testConnection(credential.hubUrl, kioskFetch)
    : { ok: false, problem: 'invalid_url', code: 'not_enrolled' };
  return {
    app: info.ok ? info.value : null,
    credential,
    printers: list.ok ? list.value : [],
    storage,
    hub,
  };
}

/** The machine's side: versions, credential, hub, storage, printers. Read on open and on refresh. */
export function useMachineFacts() {
  const [app, setApp] = useState<AppInfo | null>(null);
  const [credential, setCredential] = useState<DeviceCredential | null>(null);
  const [hub, setHub] = useState<ConnectionResult | null>(null);
  const [storage, setStorage] = useState<StorageHealth | null>(null);
  const [printers, setPrinters] = useState<PrinterSummary[]>([]);
  const [errors, setErrors] = useState<ErrorEntry[]>(recentErrors);

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void readMachineFacts().then((facts) => {
      if (!live) return;
      setApp(facts.app);
      setCredential(facts.credential);
      setPrinters(facts.printers);
      setStorage(facts.storage);
      setErrors(recentErrors());
      setHub(facts.hub);
    });
    const tick = setInterval(() => setErrors(recentErrors()), 2_000);
    return () => {
      live = false;
      clearInterval(tick);
    };
  }, [attempt]);

  const refresh = useCallback(() => {
    setHub(null);
    setAttempt((n) => n + 1);
  }, []);

  return { app, credential, hub, storage, printers, errors, refresh };
}

/** The databases' side, live: outbox, quarantine (with each record's kind), gone, pull cursor. */
export function useRecordFacts() {
  const { records, content } = useKiosk();
  return useLiveQuery(async () => {
    const [outbox, quarantine, gone, records_, cursor] = await Promise.all([
      records.outbox.count(),
      records.quarantine.orderBy('at').toArray(),
      goneTable(records).count(),
      records.records.count(),
      readPullCursor(content),
    ]);
    const rows = await records.records.bulkGet(quarantine.map((q) => q.recordId));
    const quarantined: QuarantinedRecord[] = quarantine.map((q, i) => ({
      recordId: q.recordId,
      kind: rows[i]?.kind ?? null,
      reason: q.reason,
      at: q.at,
    }));
    return { outbox, quarantined, gone, records: records_, pullCursor: cursor };
  }, [records, content]);
}
