import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createIdleTimer, type IdleTimer } from './idle-timer';
import { useSecondsLeft } from './use-seconds-left';
import { useSession } from '../session/session-store';
import { usePrefs } from '../accessibility/prefs-store';
import { BigButton } from '../../ui/BigButton';
import { reportIdleReset } from '../../platform/idle-reset';

export const IDLE_MS = 90_000;
export const WARN_MS = 30_000;
export const IDLE_RESET_EVENT = 'kiosk:idle-reset';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Walking away: after a while without a touch, ask "Are you still there?" with at least 20
 * seconds to answer, then wipe the unfinished answers and go back to Home. Unfinished input lives
 * only in memory (the session store), so resetting the store wipes it completely.
 */
export function IdleGuard({ onReset }: { onReset?: () => void }) {
  const { t } = useTranslation();
  const [warningSince, setWarningSince] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);

  useEffect(() => {
    const resetAll = () => {
      setWarningSince(null);
      useSession.getState().reset();
      usePrefs.getState().resetPrefs();
      // Waiting updates (service worker, catalogue) are applied now, between residents.
      window.dispatchEvent(new Event(IDLE_RESET_EVENT));
      reportIdleReset();
      onReset?.();
    };
    const t = createIdleTimer({
      idleMs: IDLE_MS,
      warnMs: WARN_MS,
      onWarn: () => {
        // Nothing to lose on an untouched Home screen: reset quietly, no warning.
        if (useSession.getState().screen === 'home') {
          usePrefs.getState().resetPrefs();
          // An untouched Home is between residents too: a waiting update is applied now, not
          // only after someone abandons an intake (a quiet kiosk may see none for days).
          window.dispatchEvent(new Event(IDLE_RESET_EVENT));
          reportIdleReset();
          onReset?.();
          timer.current?.activity();
          return;
        }
        setWarningSince(Date.now());
      },
      onReset: resetAll,
    });
    timer.current = t;
    const activity = () => {
      setWarningSince(null);
      t.activity();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { passive: true });
    return () => {
      t.stop();
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity);
    };
  }, [onReset]);

  const secondsLeft = useSecondsLeft(warningSince, WARN_MS);
  if (warningSince === null) return null;
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      data-testid="idle-warning"
    >
      <div className="idle-dialog">
        <h2 id="idle-title">{t('idle.title')}</h2>
        <p id="idle-body">{t('idle.body', { seconds: secondsLeft })}</p>
        {/* Any touch counts as activity; the button says so in words. */}
        <BigButton variant="primary" autoFocus data-testid="idle-more-time">
          {t('idle.moreTime')}
        </BigButton>
      </div>
    </div>
  );
}
