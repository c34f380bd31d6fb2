import { useEffect } from 'react';
import { getPlatform } from '../../platform';
import { useSession } from '../session/session-store';
import { FactoryResetView } from './FactoryResetView';
import { ReEnrollView } from './ReEnrollView';
import { TechnicianLock } from './TechnicianLock';
import { TechnicianPanel } from './TechnicianPanel';
import { useTechnician } from './technician-store';
import '../setup/setup.css';
import './technician.css';

/** A technician walking away must not leave the panel open to residents. */
export const TECHNICIAN_IDLE_SECONDS = 5 * 60;

/** Exit locks technician mode again and shows Home. */
export function exitTechnicianMode(): void {
  useTechnician.getState().lock();
  useSession.getState().reset();
}

export function TechnicianMode() {
  const unlocked = useTechnician((s) => s.unlocked);
  const view = useTechnician((s) => s.view);

  useEffect(
    () =>
      getPlatform().onIdle((seconds) => {
        if (seconds >= TECHNICIAN_IDLE_SECONDS) exitTechnicianMode();
      }),
    [],
  );

  if (!unlocked) return <TechnicianLock onExit={exitTechnicianMode} />;
  if (view === 'reEnroll') return <ReEnrollView />;
  if (view === 'reset') return <FactoryResetView />;
  return <TechnicianPanel onExit={exitTechnicianMode} />;
}
