import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { NumberPad } from '../intake/NumberPad';
import { BigButton } from '../../ui/BigButton';
import { isPinShaped } from '../../../shared/desk/pin';
import { retryIn } from '../../../shared/desk/lockout';
import type { LockScope } from '../../../shared/desk/volunteer-unlock';
import { localDay } from '../../../shared/records/ticket';
import { readRosterState, seedDemoRoster } from './volunteer-roster';
import { currentLockout, deviceLockout, tryUnlock } from './unlock';
import { useDesk } from './desk-store';
import { useDrafts } from './drafts';
import { DeskIcon } from './desk-icons';

/**
 * The clock, read in the PIN check's event handler. A named function, because the React
 * compiler's purity check takes a `Date.now()` in a handler that closes over values derived in
 * render (the chosen volunteer, looked up in the live roster) for a call during render.
 */
const wallClock = () => Date.now();

type Message = { kind: 'wrong'; triesLeft: number } | null;
/** A lock on screen: whose (one volunteer's, or the whole device's) and until when (epoch ms). */
type Lock = { scope: LockScope; volunteerId: string | null; until: number } | null;

/**
 * Choose your name, type your PIN on the large pad. Wrong tries are counted per volunteer: five
 * lock that volunteer only, and the message says whom to ask. The device's backstop against
 * guessing through the names locks everyone (shared/desk/volunteer-unlock.ts).
 */
export function DeskLock() {
  const { t } = useTranslation();
  const { content, records } = useKiosk();
  // Live: a roster the sync stores while this screen is open shows at once (and a removed
  // volunteer disappears, with the hash they were chosen with).
  const rosterState = useLiveQuery(() => readRosterState(content), [content]);
  const [seedChecked, setSeedChecked] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [lock, setLock] = useState<Lock>(null);
  const [now, setNow] = useState(() => Date.now());
  const exit = useSession((s) => s.reset);

  // A demo kiosk with no roster at all gets the demo volunteers. A device lock outlives a
  // reload: show it as soon as the screen opens.
  useEffect(() => {
    let live = true;
    seedDemoRoster(content).then(
      () => live && setSeedChecked(true),
      () => live && setSeedChecked(true),
    );
    void deviceLockout(records).then((status) => {
      if (live && status.locked)
        setLock({ scope: 'device', volunteerId: null, until: Date.now() + status.retryInMs });
    });
    return () => {
      live = false;
    };
  }, [content, records]);

  // A volunteer's own lock, stored, shows as soon as their name is chosen.
  useEffect(() => {
    if (!chosenId) return;
    let live = true;
    void currentLockout(records, chosenId).then((status) => {
      if (!live) return;
      const at = Date.now();
      setNow(at);
      setLock((current) =>
        status.locked
          ? { scope: status.scope, volunteerId: chosenId, until: at + status.retryInMs }
          : current?.scope === 'device'
            ? current
            : null,
      );
    });
    return () => {
      live = false;
    };
  }, [records, chosenId]);

  const roster = rosterState?.kind === 'roster' ? rosterState.roster : null;
  const volunteers = roster?.volunteers ?? [];
  const chosen = volunteers.find((v) => v.id === chosenId) ?? null;
  // Why nobody can open the desk, if so: each says whom to ask.
  const problem =
    rosterState?.kind === 'unreadable'
      ? t('desk.lock.rosterUnreadable')
      : rosterState?.kind === 'none' && seedChecked
        ? t('desk.lock.noVolunteers')
        : roster && volunteers.length === 0
          ? t('desk.lock.emptyRoster')
          : null;
  const activeLock =
    lock && lock.until > now && (lock.scope === 'device' || lock.volunteerId === chosenId)
      ? lock
      : null;
  useEffect(() => {
    if (!lock) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [lock]);

  const submit = async () => {
    if (!chosen || !isPinShaped(pin) || checking) return;
    // Cleared at once: digits typed while this PIN is checked belong to the next try.
    setPin('');
    setChecking(true);
    const result = await tryUnlock(records, chosen, pin);
    setChecking(false);
    if (result.kind === 'unlocked') {
      // Unsaved input this volunteer left at a lock today comes back where it was.
      const view = useDrafts.getState().restore(chosen.id, localDay(new Date()));
      useDesk.getState().unlocked({ id: chosen.id, name: chosen.name }, view ?? undefined);
      return;
    }
    const at = wallClock();
    setNow(at);
    if (result.kind === 'wrong') {
      setMessage({ kind: 'wrong', triesLeft: result.triesLeft });
      return;
    }
    setMessage(null);
    setLock({ scope: result.scope, volunteerId: chosen.id, until: at + result.retryInMs });
  };

  const wait = activeLock ? retryIn(activeLock.until - now) : null;
  return (
    <div className="screen desk-lock">
      <h1 tabIndex={-1}>{t('desk.lock.title')}</h1>
      <p className="screen__lead">{t('desk.lock.lead')}</p>
      {roster?.demo && (
        <p className="desk-note" data-testid="desk-demo-roster">
          {t('desk.lock.demoRoster')}
        </p>
      )}
      {problem && (
        <p role="alert" className="error" data-testid="desk-roster-problem">
          {problem}
        </p>
      )}
      <div className="options options--wrap" role="group" aria-label={t('desk.lock.who')}>
        {volunteers.map((v) => (
          <BigButton
            key={v.id}
            pressed={chosen?.id === v.id}
            onClick={() => {
              setChosenId(v.id);
              setPin('');
              setMessage(null);
            }}
            data-testid={`volunteer-${v.id}`}
          >
            {v.name}
          </BigButton>
        ))}
      </div>
      {chosen && (
        <section aria-labelledby="pin-title" className="form-section">
          <h2 id="pin-title">{t('desk.lock.pinTitle', { name: chosen.name })}</h2>
          <p className="pin-display" data-testid="pin-display" aria-live="polite">
            {pin === '' ? t('desk.lock.pinEmpty') : '●'.repeat(pin.length)}
          </p>
          <NumberPad value={pin} maxLength={8} onChange={setPin} />
          <div className="actions">
            <BigButton
              variant="primary"
              disabled={!isPinShaped(pin) || checking || activeLock !== null}
              onClick={() => void submit()}
              data-testid="pin-submit"
            >
              {checking ? t('desk.lock.checking') : t('desk.lock.unlock')}
            </BigButton>
          </div>
        </section>
      )}
      {message?.kind === 'wrong' && (
        <p role="alert" className="error" data-testid="pin-error">
          {t('desk.lock.wrong', { tries: message.triesLeft })}
        </p>
      )}
      {activeLock && wait && (
        <div role="alert" className="error" data-testid="pin-locked">
          <p>
            {activeLock.scope === 'device'
              ? t('desk.lock.lockedDevice', wait)
              : t('desk.lock.lockedVolunteer', { ...wait, name: chosen?.name ?? '' })}
          </p>
          <p data-testid="pin-locked-ask">
            {activeLock.scope === 'device' ? t('desk.lock.askDevice') : t('desk.lock.askVolunteer')}
          </p>
        </div>
      )}
      <div className="actions">
        <BigButton variant="quiet" onClick={exit} data-testid="desk-exit">
          <DeskIcon name="back" />
          {t('desk.exit')}
        </BigButton>
      </div>
    </div>
  );
}
