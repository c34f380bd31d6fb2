import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { getPlatform } from '../../platform';
import {
  factoryReset,
  factoryResetRefusal,
  FactoryResetRefused,
  unsyncedCount,
  type ResetRefusal,
} from './factory-reset';
import { errorName, noteError } from './error-ring';
import { useTechnician } from './technician-store';

/**
 * Wipe the kiosk back to the wizard. Typed confirmation; refused while records are unsynced
 * unless the technician ticks that they accept losing them.
 */
export function FactoryResetView() {
  const { t } = useTranslation();
  const { records, content, device } = useKiosk();
  const unsynced = useLiveQuery(() => unsyncedCount(records), [records]);
  const [typed, setTyped] = useState('');
  const [override, setOverride] = useState(false);
  const [refusal, setRefusal] = useState<ResetRefusal | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setFailed(false);
    const shown = factoryResetRefusal({ typed, unsynced: unsynced ?? 0, override });
    setRefusal(shown);
    if (shown) return;
    setBusy(true);
    const platform = getPlatform();
    try {
      await factoryReset(
        { records, content, device, clearCredential: () => platform.clearCredential() },
        typed,
        override,
      );
      // A fresh start opens the databases anew, finds no credential and shows the wizard.
      await platform.relaunch();
    } catch (error) {
      setBusy(false);
      if (error instanceof FactoryResetRefused) return setRefusal(error.refusal);
      noteError(`reset:${errorName(error)}`);
      setFailed(true);
    }
  };

  return (
    <div className="screen technician" data-testid="technician-reset-view">
      <h1 tabIndex={-1}>{t('technician.reset.title')}</h1>
      <p className="screen__lead">{t('technician.reset.lead')}</p>
      {/* Nothing is claimed before the count is in: "all synced" must never be a guess. */}
      {unsynced !== undefined && (
        <p data-testid="reset-unsynced" className={unsynced ? 'error' : 'setup-ok'}>
          {unsynced
            ? t('technician.reset.unsynced', { count: unsynced })
            : t('technician.reset.allSynced')}
        </p>
      )}
      <label className="field">
        <span>{t('technician.reset.type')}</span>
        <input
          className="text-input"
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setTyped(e.target.value)}
          aria-invalid={refusal === 'confirmation'}
          data-testid="reset-confirm-text"
        />
      </label>
      <label className="tech-confirm">
        <input
          type="checkbox"
          checked={override}
          onChange={(e) => setOverride(e.target.checked)}
          data-testid="reset-override"
        />
        <span>{t('technician.reset.override')}</span>
      </label>
      {refusal && (
        <p role="alert" className="error" data-testid="reset-refused" data-refusal={refusal}>
          {t(`technician.reset.refused.${refusal}`)}
        </p>
      )}
      {failed && (
        <p role="alert" className="error">
          {t('technician.reset.failed')}
        </p>
      )}
      <div className="actions">
        <BigButton variant="quiet" onClick={() => useTechnician.getState().show('status')}>
          <Icon glyph="←" />
          {t('nav.back')}
        </BigButton>
        <BigButton
          variant="danger"
          disabled={busy}
          onClick={() => void reset()}
          data-testid="reset-go"
        >
          {t('technician.reset.go')}
        </BigButton>
      </div>
    </div>
  );
}
