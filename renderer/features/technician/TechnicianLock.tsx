import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { NumberPad } from '../intake/NumberPad';
import { retryIn } from '../../../shared/desk/lockout';
import { PinChooser } from '../setup/PinChooser';
import {
  hasTechnicianPin,
  isTechnicianPin,
  technicianLockout,
  TECHNICIAN_PIN_LENGTH,
  tryTechnicianPin,
} from './technician-pin';
import { useTechnician } from './technician-store';

type Message = { kind: 'wrong'; triesLeft: number } | { kind: 'locked'; until: number } | null;

/** The technician PIN on the big pad; five wrong tries lock it for five minutes. */
export function TechnicianLock({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation();
  const { records, content, device } = useKiosk();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [pinSet, setPinSet] = useState<boolean | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    void hasTechnicianPin({ device, content }).then((set) => live && setPinSet(set));
    void technicianLockout(records).then((status) => {
      if (live && status.locked)
        setMessage({ kind: 'locked', until: Date.now() + status.retryInMs });
    });
    return () => {
      live = false;
    };
  }, [content, records, device]);

  useEffect(() => {
    if (message?.kind !== 'locked') return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [message]);

  const locked = message?.kind === 'locked' && message.until > now;

  const submit = async () => {
    if (!isTechnicianPin(pin) || checking) return;
    setPin('');
    setChecking(true);
    const result = await tryTechnicianPin({ records, content, device }, pin);
    setChecking(false);
    setNow(Date.now());
    if (result.kind === 'unlocked') return useTechnician.getState().unlock();
    if (result.kind === 'noPin') return setPinSet(false);
    setMessage(
      result.kind === 'wrong'
        ? { kind: 'wrong', triesLeft: result.triesLeft }
        : { kind: 'locked', until: Date.now() + result.retryInMs },
    );
  };

  const exitButton = (
    <div className="actions">
      <BigButton variant="quiet" onClick={onExit} data-testid="technician-exit">
        <Icon glyph="←" />
        {t('technician.exit')}
      </BigButton>
    </div>
  );

  // No PIN on this kiosk (a demo run, which enrolls itself): the first technician chooses one.
  if (pinSet === false)
    return (
      <div className="screen technician-lock">
        <h1 tabIndex={-1}>{t('technician.lock.title')}</h1>
        <p className="setup-note">{t('technician.lock.noPin')}</p>
        <PinChooser onSaved={() => useTechnician.getState().unlock()} onBack={onExit} />
      </div>
    );

  const wait = message?.kind === 'locked' ? retryIn(message.until - now) : null;
  return (
    <div className="screen technician-lock">
      <h1 tabIndex={-1}>{t('technician.lock.title')}</h1>
      <p className="screen__lead">{t('technician.lock.lead')}</p>
      <p className="pin-display" data-testid="technician-pin-display" aria-live="polite">
        {pin === '' ? t('setup.pin.empty') : '●'.repeat(pin.length)}
      </p>
      <NumberPad value={pin} maxLength={TECHNICIAN_PIN_LENGTH} onChange={setPin} />
      <div className="actions">
        <BigButton
          variant="primary"
          disabled={!isTechnicianPin(pin) || checking || locked}
          onClick={() => void submit()}
          data-testid="technician-pin-submit"
        >
          {checking ? t('technician.lock.checking') : t('technician.lock.unlock')}
        </BigButton>
      </div>
      {message?.kind === 'wrong' && (
        <p role="alert" className="error" data-testid="technician-pin-error">
          {t('technician.lock.wrong', { tries: message.triesLeft })}
        </p>
      )}
      {locked && wait && (
        <p role="alert" className="error" data-testid="technician-pin-locked">
          {t('technician.lock.locked', { minutes: wait.minutes, seconds: wait.seconds })}
        </p>
      )}
      {exitButton}
    </div>
  );
}
