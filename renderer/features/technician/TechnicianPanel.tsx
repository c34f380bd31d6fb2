import { useEffect, useState } from 'react';
import type { DiagnosticsSaved } from '../../../shared/ipc';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { getPlatform } from '../../platform';
import { requeue } from '../../sync/outbox';
import { requestSync } from '../../sync/sync-signal';
import { useSyncStatus } from '../sync-status/sync-status-store';
import { readDeviceLabel } from '../setup/kept-device-label';
import { syncNowOnce } from '../setup/setup-actions';
import { bundleFileName, collectDiagnostics, maskReason } from './diagnostics';
import { noteError } from './error-ring';
import { failureWords, printErrorWords } from './error-words';
import { ErrorText } from './ErrorText';
import { formatBytes } from './format';
import { HubCard } from './HubCard';
import { RecentErrors } from './RecentErrors';
import { RendererVersionRows } from './RendererVersionRows';
import { useTechnician } from './technician-store';
import { useMachineFacts, useRecordFacts } from './use-technician-status';

/** Technician mode, unlocked: what is wrong with this kiosk, and what can be done about it. */
export function TechnicianPanel({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const { records, content, catalogue } = useKiosk();
  const machine = useMachineFacts();
  const facts = useRecordFacts();
  const sync = useSyncStatus();
  const show = useTechnician((s) => s.show);
  const [syncResult, setSyncResult] = useState<'busy' | 'ok' | 'failed' | null>(null);
  const [printResult, setPrintResult] = useState<string | null>(null);
  const [exported, setExported] = useState(false);
  // Electron saves the bundle itself, with no dialog, and says where (electron/diagnostics-download.ts).
  const [savedTo, setSavedTo] = useState<DiagnosticsSaved | null>(null);
  useEffect(() => getPlatform().onDiagnosticsSaved(setSavedTo), []);
  const [deviceLabel, setDeviceLabel] = useState<string | null>(null);
  useEffect(() => void readDeviceLabel(content).then(setDeviceLabel), [content]);

  const syncNow = async () => {
    setSyncResult('busy');
    const outcome = await syncNowOnce({ records, content });
    setSyncResult(outcome.ok ? 'ok' : 'failed');
  };

  const requeueRecord = async (recordId: string) => {
    await requeue(records, recordId);
    requestSync('manual');
  };

  const testPrint = async () => {
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const reply = await getPlatform().printTicket({
      ticketNumber: 'T-000',
      day,
      roomName: t('technician.printer.testRoom'),
      lines: [t('technician.printer.testLine')],
    });
    if (!reply.ok) noteError(`print:${reply.error}`);
    setPrintResult(reply.ok ? 'ok' : reply.error);
  };

  const exportBundle = async () => {
    const now = new Date();
    const bundle = await collectDiagnostics({
      records,
      content,
      catalogueVersion: catalogue.version,
      app: machine.app,
      device: machine.credential
        ? { deviceId: machine.credential.deviceId, hubUrl: machine.credential.hubUrl }
        : null,
      hub: machine.hub && {
        reachable: machine.hub.ok,
        version: machine.hub.ok ? machine.hub.hubVersion : null,
      },
      sync: {
        lastSuccessAt: sync.lastSuccessAt,
        lastError: sync.lastError,
        lastErrorAt: sync.lastErrorAt,
        clockOffsetMs: sync.clockOffsetMs,
      },
      storage: machine.storage,
      printers: machine.printers,
      errors: machine.errors,
      now,
    });
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/json' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = bundleFileName(now);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setExported(true);
  };

  const { app, storage } = machine;
  return (
    <div className="screen technician" data-testid="technician-panel">
      <h1 tabIndex={-1}>{t('technician.title')}</h1>
      <div className="actions">
        <BigButton
          variant="primary"
          onClick={() => void syncNow()}
          disabled={syncResult === 'busy'}
          data-testid="technician-sync-now"
        >
          <Icon glyph="⟳" />
          {t('technician.action.syncNow')}
        </BigButton>
        <BigButton onClick={() => void exportBundle()} data-testid="technician-export">
          {t('technician.action.export')}
        </BigButton>
        <BigButton onClick={() => show('reEnroll')} data-testid="technician-re-enroll">
          {t('technician.action.reEnroll')}
        </BigButton>
        <BigButton variant="danger" onClick={() => show('reset')} data-testid="technician-reset">
          {t('technician.action.reset')}
        </BigButton>
        <BigButton variant="quiet" onClick={onExit} data-testid="technician-exit">
          <Icon glyph="🔒" />
          {t('technician.exit')}
        </BigButton>
      </div>
      {syncResult && (
        <p
          role={syncResult === 'failed' ? 'alert' : 'status'}
          className={syncResult === 'failed' ? 'error' : 'setup-ok'}
          data-testid="technician-sync-result"
          data-result={syncResult}
        >
          {t(`technician.syncResult.${syncResult}`)}{' '}
          {syncResult === 'failed' && sync.lastError && (
            <ErrorText words={failureWords(sync.lastError)} code={sync.lastError} />
          )}
        </p>
      )}
      {exported && (
        <p role="status" className="setup-ok" data-testid="technician-exported">
          {t('technician.exported')}
          {savedTo &&
            ` ${t('technician.exportedTo', { folder: savedTo.folder, file: savedTo.fileName })}`}
        </p>
      )}
      <div className="tech-grid">
        <section className="tech-card" aria-labelledby="tech-versions">
          <h2 id="tech-versions">{t('technician.versions.title')}</h2>
          <dl className="setup-facts">
            <dt>{t('technician.versions.app')}</dt>
            <dd data-testid="tech-app-version">{app?.appVersion ?? '—'}</dd>
            <RendererVersionRows app={app} />
            <dt>{t('technician.versions.electron')}</dt>
            <dd>{app?.electronVersion ?? '—'}</dd>
            <dt>{t('technician.versions.chrome')}</dt>
            <dd>{app?.chromeVersion ?? '—'}</dd>
            <dt>{t('technician.versions.catalogue')}</dt>
            <dd>{catalogue.version}</dd>
            <dt>{t('technician.versions.content')}</dt>
            <dd>{facts?.pullCursor ?? '—'}</dd>
          </dl>
        </section>
        <HubCard machine={machine} deviceLabel={deviceLabel} />
        <section className="tech-card" aria-labelledby="tech-records">
          <h2 id="tech-records">{t('technician.records.title')}</h2>
          <dl className="setup-facts">
            <dt>{t('technician.records.stored')}</dt>
            <dd>{facts?.records ?? '—'}</dd>
            <dt>{t('technician.records.outbox')}</dt>
            <dd data-testid="tech-outbox">{facts?.outbox ?? '—'}</dd>
            <dt>{t('technician.records.quarantine')}</dt>
            <dd data-testid="tech-quarantine-count">{facts?.quarantined.length ?? '—'}</dd>
            <dt>{t('technician.records.gone')}</dt>
            <dd data-testid="tech-gone">{facts?.gone ?? '—'}</dd>
          </dl>
        </section>
        <section className="tech-card" aria-labelledby="tech-storage">
          <h2 id="tech-storage">{t('technician.storage.title')}</h2>
          <dl className="setup-facts">
            <dt>{t('technician.storage.used')}</dt>
            <dd>{formatBytes(storage?.usage ?? null)}</dd>
            <dt>{t('technician.storage.quota')}</dt>
            <dd>{formatBytes(storage?.quota ?? null)}</dd>
            <dt>{t('technician.storage.persisted')}</dt>
            <dd data-testid="tech-persisted">
              {storage?.persisted === true
                ? t('technician.yes')
                : storage?.persisted === false
                  ? t('technician.no')
                  : '—'}
            </dd>
          </dl>
          {storage?.lowSpace && (
            <p role="alert" className="error">
              {t('technician.storage.low')}
            </p>
          )}
        </section>
        <section className="tech-card" aria-labelledby="tech-printer">
          <h2 id="tech-printer">{t('technician.printer.title')}</h2>
          {machine.printers.length === 0 ? (
            <p>{t('technician.printer.none')}</p>
          ) : (
            <ul className="tech-list">
              {machine.printers.map((p) => (
                <li key={p.name}>
                  {p.displayName}
                  {p.receipt && ` — ${t('technician.printer.receipt')}`}
                </li>
              ))}
            </ul>
          )}
          <BigButton onClick={() => void testPrint()} data-testid="technician-test-print">
            {t('technician.printer.test')}
          </BigButton>
          {printResult && (
            <p role="status" data-testid="technician-print-result">
              {printResult === 'ok' ? (
                t('technician.printer.printed')
              ) : (
                <>
                  {t('technician.printer.failed')}{' '}
                  <ErrorText words={printErrorWords(printResult)} code={printResult} />
                </>
              )}
            </p>
          )}
        </section>
        <RecentErrors errors={machine.errors} />
      </div>
      <section className="tech-card" aria-labelledby="tech-quarantine">
        <h2 id="tech-quarantine">{t('technician.quarantine.title')}</h2>
        {facts?.quarantined.length === 0 && <p>{t('technician.quarantine.none')}</p>}
        <ul className="tech-list" data-testid="tech-quarantine">
          {(facts?.quarantined ?? []).map((q) => (
            <li key={q.recordId} data-testid="tech-quarantined-record">
              <p>
                <strong>{q.kind ?? t('technician.quarantine.missing')}</strong> · {q.recordId} ·{' '}
                {q.at}
              </p>
              <p data-testid="tech-quarantine-reason">{maskReason(q.reason)}</p>
              {q.kind !== null && (
                <BigButton
                  onClick={() => void requeueRecord(q.recordId)}
                  data-testid="tech-requeue"
                >
                  {t('technician.quarantine.requeue')}
                </BigButton>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
