import { useEffect } from 'react';
import { useSession } from '../session/session-store';
import { useSyncStatus } from '../sync-status/sync-status-store';
import { noteError, watchPageErrors } from './error-ring';
import { createTapCounter, isTechnicianShortcut } from './tap-gesture';

const SIGN_SELECTOR = '.top-bar__sign';

function openTechnicianMode() {
  const screen = useSession.getState().screen;
  // The wizard sets the PIN; before that there is nothing to unlock.
  if (screen === 'setup' || screen === 'technician') return;
  useSession.getState().goTo('technician');
}

/**
 * The hidden way into technician mode (five quick taps on the sign, or Ctrl+Alt+T), and the
 * watchers that fill the recent-errors ring. Renders nothing; mounted once in App.
 */
export function TechnicianGesture() {
  useEffect(() => {
    const taps = createTapCounter();
    const onPointer = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(SIGN_SELECTOR) && taps.tap(Date.now())) openTechnicianMode();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isTechnicianShortcut(e)) return;
      e.preventDefault();
      openTechnicianMode();
    };
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('keydown', onKey);
    const stopPage = watchPageErrors();
    const stopSync = useSyncStatus.subscribe((now, before) => {
      if (now.lastError === null || now.lastErrorAt === before.lastErrorAt) return;
      // A kiosk in the wizard is not enrolled yet, by definition: that is no error to show later.
      if (now.lastError === 'not_enrolled' && useSession.getState().screen === 'setup') return;
      noteError(`sync:${now.lastError}`, now.lastErrorAt ?? Date.now());
    });
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('keydown', onKey);
      stopPage();
      stopSync();
    };
  }, []);
  return null;
}
