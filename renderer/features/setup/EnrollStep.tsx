import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { usePrefs } from '../accessibility/prefs-store';
import { BigButton } from '../../ui/BigButton';
import { streetById } from '../../../shared/sites';
import type { SiteSettings } from '../../../shared/sync/content';
import type { EnrollProblem } from './enroll-problem';
import { enrollThisKiosk, forgetEnrollment } from './setup-actions';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';

/** The room the hub has for this code, for the technician to confirm. */
export function SiteCard({ site }: { site: SiteSettings }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const street = streetById(site.street);
  return (
    <dl className="setup-facts" data-testid="enrolled-site">
      <dt>{t('setup.site.room')}</dt>
      <dd data-testid="enrolled-room">{site.roomName[locale]}</dd>
      <dt>{t('setup.site.street')}</dt>
      <dd>{locale === 'zh-CN' ? street.zh : street.en}</dd>
      <dt>{t('setup.site.address')}</dt>
      <dd>{site.address[locale]}</dd>
    </dl>
  );
}

/** Spend the code: the hub answers with this kiosk's credential and the site it belongs to. */
export function EnrollStep() {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const { hubUrl, code, deviceLabel, site } = useSetup();
  const setup = useSetup.getState();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrollProblem | null>(null);

  const enroll = async () => {
    setBusy(true);
    setProblem(null);
    const result = await enrollThisKiosk(
      { hubUrl, code, ...(deviceLabel ? { deviceLabel } : {}) },
      content,
    );
    setBusy(false);
    if (result.ok) setup.enrolled(result.site);
    else setProblem(result.problem);
  };

  const notOurRoom = async () => {
    await forgetEnrollment(content);
    setup.forgetEnrollment();
    setup.goTo('code');
  };

  if (site)
    return (
      <>
        <p className="screen__lead">{t('setup.enroll.confirm')}</p>
        <SiteCard site={site} />
        <p className="setup-note">{t('setup.enroll.wrongRoomNote')}</p>
        <div className="actions">
          <BigButton
            variant="danger"
            onClick={() => void notOurRoom()}
            data-testid="enroll-wrong-room"
          >
            {t('setup.enroll.wrongRoom')}
          </BigButton>
        </div>
        <StepActions nextLabel={t('setup.enroll.yes')} />
      </>
    );

  return (
    <>
      <p className="screen__lead">{t('setup.enroll.lead', { code, hubUrl })}</p>
      {busy && <p role="status">{t('setup.enroll.busy')}</p>}
      {problem && (
        <p role="alert" className="error" data-testid="enroll-error">
          {t(`setup.enrollProblem.${problem}`)}
        </p>
      )}
      <StepActions
        nextDisabled={busy}
        onNext={() => void enroll()}
        nextLabel={problem ? t('setup.retry') : t('setup.enroll.go')}
      />
    </>
  );
}
