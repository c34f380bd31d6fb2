import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { getPlatform } from '../../platform';
import { requestSync } from '../../sync/sync-signal';
import type { SiteSettings } from '../../../shared/sync/content';
import { CodeEntry } from '../setup/CodeEntry';
import { SiteCard } from '../setup/EnrollStep';
import { isCodeShaped, type EnrollProblem } from '../setup/enroll-problem';
import { enrollThisKiosk } from '../setup/setup-actions';
import { enrolledSiteId, forgetOldSiteContent } from './re-enroll';
import { useTechnician } from './technician-store';

/**
 * Enroll again with a new code (a revoked device, a moved kiosk). Records and the outbox stay:
 * they go to the hub under the new device id.
 */
export function ReEnrollView() {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const [hubUrl, setHubUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceLabel, setDeviceLabel] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrollProblem | null>(null);
  const [site, setSite] = useState<SiteSettings | null>(null);
  const back = () => useTechnician.getState().show('status');

  useEffect(() => {
    void getPlatform()
      .getCredential()
      .then((c) => c.ok && c.value && setHubUrl(c.value.hubUrl));
  }, []);

  const enroll = async () => {
    setBusy(true);
    setProblem(null);
    const before = await enrolledSiteId(content);
    const result = await enrollThisKiosk(
      { hubUrl, code, ...(deviceLabel ? { deviceLabel } : {}) },
      content,
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    await forgetOldSiteContent(content, before, result.site.siteId);
    setSite(result.site);
    requestSync('manual');
  };

  return (
    <div className="screen technician" data-testid="technician-re-enroll-view">
      <h1 tabIndex={-1}>{t('technician.reEnroll.title')}</h1>
      <p className="screen__lead">{t('technician.reEnroll.lead')}</p>
      <p className="setup-note">{t('setup.code.hub', { hubUrl })}</p>
      {site ? (
        <>
          <p role="status" className="setup-ok" data-testid="re-enroll-done">
            {t('technician.reEnroll.done')}
          </p>
          <SiteCard site={site} />
        </>
      ) : (
        <>
          <CodeEntry
            code={code}
            onCode={setCode}
            onSiteFile={(file) => {
              setHubUrl(file.hubUrl);
              setCode(file.enrollmentCode);
              setDeviceLabel(file.deviceLabel ?? null);
            }}
          />
          {problem && (
            <p role="alert" className="error" data-testid="re-enroll-error">
              {t(`setup.enrollProblem.${problem}`)}
            </p>
          )}
          <div className="actions">
            <BigButton
              variant="primary"
              disabled={busy || !isCodeShaped(code) || hubUrl === ''}
              onClick={() => void enroll()}
              data-testid="re-enroll-go"
            >
              {t('setup.enroll.go')}
            </BigButton>
          </div>
        </>
      )}
      <div className="actions">
        <BigButton variant="quiet" onClick={back} data-testid="technician-back">
          <Icon glyph="←" />
          {t('nav.back')}
        </BigButton>
      </div>
    </div>
  );
}
