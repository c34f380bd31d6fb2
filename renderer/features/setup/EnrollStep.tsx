import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { deviceLabelOf } from '../../../shared/device-label';
import { BlockedHint } from './BlockedHint';
import { DeviceLabelField } from './DeviceLabelField';
import { isCodeProblem, type EnrollProblem } from './enroll-problem';
import { RoomConfirm } from './RoomConfirm';
import { enrollThisKiosk } from './setup-actions';
import { useSetup } from './setup-store';
import { StepActions } from './StepActions';
import { useConfirmedEnroll, useRoomPreview } from './use-room-enrollment';

/** Back from the room goes to the code: the connection step would only move on again. */
const backToCode = () => useSetup.getState().goTo('code');

/** "Enter another code": back to the code as typed, to correct it or replace it. */
function AnotherCode({ problem }: { problem: EnrollProblem | null }) {
  const { t } = useTranslation();
  if (problem === null || !isCodeProblem(problem)) return null;
  return (
    <BigButton
      onClick={() => useSetup.getState().anotherCode(problem)}
      data-testid="enroll-another-code"
    >
      {t('setup.enroll.anotherCode')}
    </BigButton>
  );
}

/**
 * Show the room the code belongs to (the hub's preview spends nothing), name the kiosk, and spend
 * the code only when the technician says the room is theirs. "Not our room" goes back to the
 * code, still unspent. A failed enroll keeps the room on screen and retries with the same code:
 * the kiosk sends the same credential again, so a lost answer never costs the code
 * (renderer/sync/enroll.ts). A refused code can be corrected: "Enter another code".
 */
export function EnrollStep() {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const { hubUrl, code, deviceLabel, setDeviceLabel, notOurRoom } = useSetup();
  const label = deviceLabelOf(deviceLabel);
  const { lookup, lookAgain } = useRoomPreview({ hubUrl, code });
  const { confirmed, busy, problem, confirm } = useConfirmedEnroll(
    () => enrollThisKiosk({ hubUrl, code, ...(label ? { deviceLabel: label } : {}) }, content),
    () => useSetup.getState().next(),
  );

  if (lookup === null || lookup.kind === 'looking')
    return (
      <>
        <p role="status" className="screen__lead" data-testid="room-looking">
          {t('setup.enroll.looking', { code, hubUrl })}
        </p>
        <StepActions onBack={backToCode} hideNext />
      </>
    );

  if (lookup.kind === 'failed')
    return (
      <>
        <p role="alert" className="error" data-testid="enroll-error">
          {t(`setup.enrollProblem.${lookup.problem}`)}
        </p>
        <BlockedHint problem={lookup.problem} />
        <StepActions onBack={backToCode} hideNext>
          <AnotherCode problem={lookup.problem} />
          <BigButton variant="primary" onClick={lookAgain} data-testid="room-retry">
            {t('setup.retry')}
          </BigButton>
        </StepActions>
      </>
    );

  return (
    <>
      <RoomConfirm
        site={lookup.site}
        confirmed={confirmed}
        busy={busy}
        problem={problem}
        onNotOurRoom={notOurRoom}
      />
      <DeviceLabelField value={deviceLabel} onChange={setDeviceLabel} disabled={confirmed} />
      <StepActions
        onBack={backToCode}
        nextDisabled={busy || label === null}
        onNext={() => void confirm()}
        nextLabel={problem ? t('setup.retry') : t('setup.enroll.yes')}
      >
        <AnotherCode problem={problem} />
      </StepActions>
    </>
  );
}
