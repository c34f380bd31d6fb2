import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { getPlatform } from '../../platform';
import { requestSync } from '../../sync/sync-signal';
import type { SitePreview } from '../../../shared/sync/protocol';
import { usePrefs } from '../accessibility/prefs-store';
import { CodeEntry } from '../setup/CodeEntry';
import { isCodeProblem, isCodeShaped } from '../setup/enroll-problem';
import { readDeviceLabel } from '../setup/kept-device-label';
import { RoomConfirm } from '../setup/RoomConfirm';
import { SiteCard } from '../setup/SiteCard';
import { useConfirmedEnroll, useRoomPreview } from '../setup/use-room-enrollment';
import { currentRoom, reEnrollKiosk, roomChange, type ReEnrollOutcome } from './re-enroll';
import { useTechnician } from './technician-store';

type ReEnrolled = Extract<ReEnrollOutcome, { ok: true }>;

/**
 * Enroll again with a new code (a revoked device, a moved kiosk), as the wizard does: the hub
 * first says which room the code belongs to, which spends nothing, and the code is spent only on
 * "yes, this is our room". Records and the outbox stay: they go to the hub under the new device.
 */
export function ReEnrollView() {
  const { t } = useTranslation();
  const { content, records } = useKiosk();
  const locale = usePrefs((s) => s.locale);
  const [hubUrl, setHubUrl] = useState('');
  const [code, setCode] = useState('');
  const [deviceLabel, setDeviceLabel] = useState<string | null>(null);
  /** The room this kiosk serves before re-enrolling, to say when a code would move it. */
  const [current, setCurrent] = useState<SitePreview | null>(null);
  /** The code sent to the hub's preview; null while the technician types one. */
  const [asked, setAsked] = useState<{ hubUrl: string; code: string } | null>(null);
  const [codeReturned, setCodeReturned] = useState(false);
  const [done, setDone] = useState<ReEnrolled | null>(null);
  const { lookup, lookAgain } = useRoomPreview(asked);
  const enrollment = useConfirmedEnroll(
    () => reEnrollKiosk({ ...(asked ?? { hubUrl, code }), deviceLabel }, { content, records }),
    (outcome: ReEnrolled) => {
      setDone(outcome);
      requestSync('manual');
    },
  );
  const back = () => useTechnician.getState().show('status');

  useEffect(() => {
    void getPlatform()
      .getCredential()
      .then((c) => c.ok && c.value && setHubUrl(c.value.hubUrl));
    void currentRoom(content).then(setCurrent);
    // The kiosk keeps its name on the hub: the new device gets the label it enrolled with.
    void readDeviceLabel(content).then((kept) => setDeviceLabel((given) => given ?? kept));
  }, [content]);

  const typeCode = (typed: string) => {
    setCode(typed);
    setAsked(null);
  };
  const findRoom = () => {
    setCodeReturned(false);
    enrollment.reset();
    setAsked({ hubUrl, code });
    lookAgain();
  };
  // The hub refused the code: back to it, as typed, to correct or replace it.
  const anotherCode = () => {
    setAsked(null);
    enrollment.reset();
  };
  // The hub has not spent the code: back to typing one, as the wizard does.
  const notOurRoom = () => {
    setAsked(null);
    setCode('');
    setCodeReturned(true);
  };

  const body = () => {
    if (done)
      return (
        <>
          <p role="status" className="setup-ok" data-testid="re-enroll-done">
            {t('technician.reEnroll.done')}
          </p>
          <SiteCard site={done.site} />
          {done.moved && <p className="setup-note">{t('technician.reEnroll.moved')}</p>}
        </>
      );

    if (lookup?.kind === 'found') {
      const change = roomChange(current, lookup.site);
      return (
        <>
          <RoomConfirm
            site={lookup.site}
            confirmed={enrollment.confirmed}
            busy={enrollment.busy}
            problem={enrollment.problem}
            onNotOurRoom={notOurRoom}
          >
            {change === 'different' && current ? (
              <p className="tech-warning" data-testid="re-enroll-change" data-change={change}>
                {t('technician.reEnroll.different', { room: current.roomName[locale] })}
              </p>
            ) : (
              <p className="setup-note" data-testid="re-enroll-change" data-change={change}>
                {change === 'same'
                  ? t('technician.reEnroll.same')
                  : t('technician.reEnroll.currentUnknown')}
              </p>
            )}
          </RoomConfirm>
          <div className="actions">
            <BigButton
              variant="primary"
              disabled={enrollment.busy}
              onClick={() => void enrollment.confirm()}
              data-testid="re-enroll-yes"
            >
              {enrollment.problem ? t('setup.retry') : t('setup.enroll.yes')}
            </BigButton>
            {enrollment.problem && isCodeProblem(enrollment.problem) && (
              <BigButton onClick={anotherCode} data-testid="enroll-another-code">
                {t('setup.enroll.anotherCode')}
              </BigButton>
            )}
          </div>
        </>
      );
    }

    return (
      <>
        <p className="setup-note">{t('setup.code.hub', { hubUrl })}</p>
        {current && (
          <p className="setup-note" data-testid="re-enroll-current">
            {t('technician.reEnroll.current', { room: current.roomName[locale] })}
          </p>
        )}
        {codeReturned && (
          <p role="status" className="setup-note" data-testid="code-returned">
            {t('setup.code.returned')}
          </p>
        )}
        <CodeEntry
          code={code}
          onCode={typeCode}
          onSiteFile={(file) => {
            setHubUrl(file.hubUrl);
            typeCode(file.enrollmentCode);
            setDeviceLabel((kept) => file.deviceLabel ?? kept);
          }}
        />
        {lookup?.kind === 'looking' && (
          <p role="status" data-testid="room-looking">
            {t('setup.enroll.looking', { code, hubUrl })}
          </p>
        )}
        {lookup?.kind === 'failed' && (
          <p role="alert" className="error" data-testid="re-enroll-error">
            {t(`setup.enrollProblem.${lookup.problem}`)}
          </p>
        )}
        <div className="actions">
          <BigButton
            variant="primary"
            disabled={lookup?.kind === 'looking' || !isCodeShaped(code) || hubUrl === ''}
            onClick={findRoom}
            data-testid="re-enroll-go"
          >
            {t('technician.reEnroll.find')}
          </BigButton>
        </div>
      </>
    );
  };

  return (
    <div className="screen technician" data-testid="technician-re-enroll-view">
      <h1 tabIndex={-1}>{t('technician.reEnroll.title')}</h1>
      <p className="screen__lead">{t('technician.reEnroll.lead')}</p>
      {body()}
      <div className="actions">
        <BigButton variant="quiet" onClick={back} data-testid="technician-back">
          <Icon glyph="←" />
          {t('nav.back')}
        </BigButton>
      </div>
    </div>
  );
}
