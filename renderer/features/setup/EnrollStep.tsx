import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { usePrefs } from '../accessibility/prefs-store';
import { BigButton } from '../../ui/BigButton';
import { streetById } from '../../../shared/sites';
import type { SitePreview } from '../../../shared/sync/protocol';
import type { EnrollProblem } from './enroll-problem';
import { enrollThisKiosk, previewRoom } from './setup-actions';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';

/** The room the hub has for this code, for the technician to confirm. */
export function SiteCard({ site }: { site: SitePreview }) {
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

type Lookup =
  | { kind: 'looking' }
  | { kind: 'found'; site: SitePreview }
  | { kind: 'failed'; problem: EnrollProblem };

/**
 * Show the room the code belongs to (the hub's preview spends nothing), and spend the code only
 * when the technician says it is theirs. "Not our room" goes back to the code, still unspent.
 * A failed enroll keeps the room on screen and retries with the same code: the kiosk sends the
 * same credential again, so a lost answer never costs the code (renderer/sync/enroll.ts).
 */
export function EnrollStep() {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const { hubUrl, code, deviceLabel } = useSetup();
  const setup = useSetup.getState();
  const [lookup, setLookup] = useState<Lookup>({ kind: 'looking' });
  const [attempt, setAttempt] = useState(0);
  /** The technician said yes: from here on the code may be spent, so the room cannot be refused. */
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<EnrollProblem | null>(null);

  useEffect(() => {
    let live = true;
    void previewRoom({ hubUrl, code }).then((result) => {
      if (live)
        setLookup(
          result.ok
            ? { kind: 'found', site: result.site }
            : { kind: 'failed', problem: result.problem },
        );
    });
    return () => {
      live = false;
    };
  }, [hubUrl, code, attempt]);

  const lookAgain = () => {
    setLookup({ kind: 'looking' });
    setAttempt((n) => n + 1);
  };

  const enroll = async () => {
    setConfirmed(true);
    setBusy(true);
    setProblem(null);
    const result = await enrollThisKiosk(
      { hubUrl, code, ...(deviceLabel ? { deviceLabel } : {}) },
      content,
    );
    setBusy(false);
    if (result.ok) setup.next();
    else setProblem(result.problem);
  };

  if (lookup.kind === 'looking')
    return (
      <>
        <p role="status" className="screen__lead" data-testid="room-looking">
          {t('setup.enroll.looking', { code, hubUrl })}
        </p>
        <StepActions nextDisabled nextLabel={t('setup.enroll.yes')} />
      </>
    );

  if (lookup.kind === 'failed')
    return (
      <>
        <p role="alert" className="error" data-testid="enroll-error">
          {t(`setup.enrollProblem.${lookup.problem}`)}
        </p>
        <div className="actions">
          <BigButton onClick={lookAgain} data-testid="room-retry">
            {t('setup.retry')}
          </BigButton>
        </div>
        <StepActions nextDisabled nextLabel={t('setup.enroll.yes')} />
      </>
    );

  return (
    <>
      <p className="screen__lead">{t('setup.enroll.confirm')}</p>
      <SiteCard site={lookup.site} />
      {!confirmed && <p className="setup-note">{t('setup.enroll.wrongRoomNote')}</p>}
      {busy && <p role="status">{t('setup.enroll.busy')}</p>}
      {problem && (
        <p role="alert" className="error" data-testid="enroll-error">
          {t(`setup.enrollProblem.${problem}`)}
        </p>
      )}
      {!confirmed && (
        <div className="actions">
          <BigButton variant="danger" onClick={setup.notOurRoom} data-testid="enroll-wrong-room">
            {t('setup.enroll.wrongRoom')}
          </BigButton>
        </div>
      )}
      <StepActions
        nextDisabled={busy}
        onNext={() => void enroll()}
        nextLabel={problem ? t('setup.retry') : t('setup.enroll.yes')}
      />
    </>
  );
}
