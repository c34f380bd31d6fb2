import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createIdleTimer } from '../idle/idle-timer';
import { useSecondsLeft } from '../idle/use-seconds-left';
import { useSession } from '../session/session-store';
import { BigButton } from '../../ui/BigButton';
import { lockKeepingDrafts, useLiveDrafts } from './drafts';
import { useDraftWords } from './DraftNotes';

export const DESK_IDLE_MS = 3 * 60_000;
export const DESK_WARN_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * A desk left alone locks itself: after a few minutes without a touch it warns, counting down,
 * then locks and returns to the resident screens. Unsaved input is kept for the same volunteer's
 * next unlock (drafts.ts), and the warning says so, naming it.
 */
export function DeskIdleLock() {
  const { t } = useTranslation();
  const [warningSince, setWarningSince] = useState<number | null>(null);
  const unsaved = useLiveDrafts();
  const words = useDraftWords();

  useEffect(() => {
    const idle = createIdleTimer({
      idleMs: DESK_IDLE_MS,
      warnMs: DESK_WARN_MS,
      onWarn: () => setWarningSince(Date.now()),
      onReset: () => {
        lockKeepingDrafts();
        useSession.getState().reset();
      },
    });
    const activity = () => {
      setWarningSince(null);
      idle.activity();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, activity, { passive: true });
    return () => {
      idle.stop();
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, activity);
    };
  }, []);

  const seconds = useSecondsLeft(warningSince, DESK_WARN_MS);
  if (warningSince === null) return null;
  return (
    <div
      className="idle-overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="desk-idle-title"
      aria-describedby="desk-idle-body"
      data-testid="desk-idle-warning"
    >
      <div className="idle-dialog">
        <h2 id="desk-idle-title">{t('desk.idle.title')}</h2>
        <p id="desk-idle-body" data-testid="desk-idle-countdown">
          {t('desk.idle.body', { seconds })}
        </p>
        <p data-testid="desk-idle-kept">
          {unsaved.length > 0
            ? t('desk.idle.keeps', { what: words(unsaved) })
            : t('desk.idle.nothingUnsaved')}
        </p>
        {/* Any touch counts as activity; the button says so in words. */}
        <BigButton variant="primary" autoFocus data-testid="desk-idle-stay">
          {t('desk.idle.stay')}
        </BigButton>
      </div>
    </div>
  );
}
