import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import type { SitePreview } from '../../../shared/sync/protocol';
import type { EnrollProblem } from './enroll-problem';
import { SiteCard } from './SiteCard';

/**
 * "Is this kiosk in this room?": the room the code belongs to, and "not our room" until the
 * technician says yes. The yes button is the caller's (the wizard's Next, technician mode's own).
 */
export function RoomConfirm({
  site,
  confirmed,
  busy,
  problem,
  onNotOurRoom,
  children,
}: {
  site: SitePreview;
  confirmed: boolean;
  busy: boolean;
  problem: EnrollProblem | null;
  onNotOurRoom: () => void;
  /** Said under the room, e.g. that it is not the room the kiosk serves now. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="screen__lead">{t('setup.enroll.confirm')}</p>
      <SiteCard site={site} />
      {children}
      {!confirmed && <p className="setup-note">{t('setup.enroll.wrongRoomNote')}</p>}
      {busy && <p role="status">{t('setup.enroll.busy')}</p>}
      {problem && (
        <p role="alert" className="error" data-testid="enroll-error">
          {t(`setup.enrollProblem.${problem}`)}
        </p>
      )}
      {!confirmed && (
        <div className="actions">
          <BigButton variant="danger" onClick={onNotOurRoom} data-testid="enroll-wrong-room">
            {t('setup.enroll.wrongRoom')}
          </BigButton>
        </div>
      )}
    </>
  );
}
