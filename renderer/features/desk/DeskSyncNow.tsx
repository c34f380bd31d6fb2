import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { syncNowOnce } from '../setup/setup-actions';
import { DeskIcon } from './desk-icons';

/**
 * "Sync now" for a volunteer waiting for a team's result: the same one sync as technician mode's
 * button (under the sync loop's lock), which brings the teams' news into the desk's lists.
 */
export function DeskSyncNow() {
  const { t } = useTranslation();
  const { records, content } = useKiosk();
  const [result, setResult] = useState<'busy' | 'ok' | 'failed' | null>(null);
  const syncNow = async () => {
    setResult('busy');
    // One sync folds what it pulled into the desk's cases itself (sync-once.ts).
    const outcome = await syncNowOnce({ records, content });
    setResult(outcome.ok ? 'ok' : 'failed');
  };
  return (
    <div className="desk-sync">
      <BigButton
        variant="quiet"
        onClick={() => void syncNow()}
        disabled={result === 'busy'}
        data-testid="desk-sync-now"
      >
        <DeskIcon name="sync" />
        {t('technician.action.syncNow')}
      </BigButton>
      <span className="desk-sync__result" role="status" data-testid="desk-sync-result">
        {result ? t(`technician.syncResult.${result}`) : ''}
      </span>
    </div>
  );
}
