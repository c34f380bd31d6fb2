import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createIdleTimer, type IdleTimer } from '../idle/idle-timer';
import { useSession } from '../session/session-store';
import { BigButton } from '../../ui/BigButton';

export const DESK_IDLE_MS = 3 * 60_000;
export const DESK_WARN_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * A desk left alone locks itself: after a few minutes without a touch it warns, then returns to
 * the resident screens, which locks it (DeskMode). Unsaved form input is dropped, as it would be
 * if the volunteer had locked it by hand.
 */
export function DeskIdleLock() {
  const { t } = useTranslation();
  const [warning, setWarning] = useState(false);
  const timer = useRef<IdleTimer | null>(null);

  useEffect(() => {
    const idle = createIdleTimer({
      idleMs: DESK_IDLE_MS,
      warnMs: DESK_WARN_MS,
      onWarn: () => setWarning(true),
      onReset: () => useSession.getState().reset(),
    });
    timer.current = idle;
    const activity = () => {
      setWarning(false);
      idle.activity();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { passive: true });
    return () => {
      idle.stop();
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity);
    };
  }, []);

  if (!warning) return null;
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="desk-idle-title"
      data-testid="desk-idle-warning"
    >
      <div className="idle-dialog">
        <h2 id="desk-idle-title">{t('desk.idle.title')}</h2>
        <p>{t('desk.idle.body', { seconds: DESK_WARN_MS / 1000 })}</p>
        <BigButton variant="primary" autoFocus>
          {t('desk.idle.stay')}
        </BigButton>
      </div>
    </div>
  );
}
