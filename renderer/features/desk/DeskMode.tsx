import { useEffect } from 'react';
import { useDesk } from './desk-store';
import { loadDeviceId } from './device-id';
import { DeskLock } from './DeskLock';
import { DeskShell } from './DeskShell';
import './desk.css';

/**
 * Front-desk mode for volunteers. Locked until a volunteer's PIN opens it; leaving it for the
 * resident screens (by a button, the idle lock or anything else) locks it again.
 */
export function DeskMode() {
  const volunteer = useDesk((s) => s.volunteer);

  useEffect(() => {
    let live = true;
    void loadDeviceId().then((id) => {
      if (live) useDesk.getState().setDeviceId(id);
    });
    return () => {
      live = false;
      useDesk.getState().lock();
    };
  }, []);

  return (
    <div className="desk">{volunteer ? <DeskShell volunteer={volunteer} /> : <DeskLock />}</div>
  );
}
