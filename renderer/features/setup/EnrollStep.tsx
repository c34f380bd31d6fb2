import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { RoomConfirm } from './RoomConfirm';
import { enrollThisKiosk } from './setup-actions';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';
import { useConfirmedEnroll, useRoomPreview } from './use-room-enrollment';

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
  const { lookup, lookAgain } = useRoomPreview({ hubUrl, code });
  const { confirmed, busy, problem, confirm } = useConfirmedEnroll(
    () => enrollThisKiosk({ hubUrl, code, ...(deviceLabel ? { deviceLabel } : {}) }, content),
    () => setup.next(),
  );

  if (lookup === null || lookup.kind === 'looking')
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
      <RoomConfirm
        site={lookup.site}
        confirmed={confirmed}
        busy={busy}
        problem={problem}
        onNotOurRoom={setup.notOurRoom}
      />
      <StepActions
        nextDisabled={busy}
        onNext={() => void confirm()}
        nextLabel={problem ? t('setup.retry') : t('setup.enroll.yes')}
      />
    </>
  );
}
