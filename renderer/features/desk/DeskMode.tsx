import { useEffect } from 'react';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { useDesk } from './desk-store';
import { readRosterState } from './volunteer-roster';
import { loadDeviceId } from './device-id';
import { useDrafts } from './drafts';
import { DeskLock } from './DeskLock';
import { DeskShell } from './DeskShell';
import './desk.css';

/**
 * Front-desk mode for volunteers. Locked until a volunteer's PIN opens it; leaving it for the
 * resident screens (by a button, the idle lock or anything else) locks it again.
 */
export function DeskMode() {
  const volunteer = useDesk((s) => s.volunteer);
  const { content } = useKiosk();
  const rosterState = useLiveQuery(() => readRosterState(content), [content]);

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

  // A volunteer the hub removed (the sync stored the new roster) loses an open desk at once.
  const removed =
    volunteer !== null &&
    rosterState?.kind === 'roster' &&
    !rosterState.roster.volunteers.some((v) => v.id === volunteer.id);
  useEffect(() => {
    if (!removed || !volunteer) return;
    useDrafts.getState().dropFor(volunteer.id);
    useDesk.getState().lock();
  }, [removed, volunteer]);

  return (
    <div className="desk">{volunteer ? <DeskShell volunteer={volunteer} /> : <DeskLock />}</div>
  );
}
