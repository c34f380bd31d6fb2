import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { NumberPad } from '../intake/NumberPad';
import {
  isTechnicianPin,
  saveTechnicianPin,
  TECHNICIAN_PIN_LENGTH,
} from '../technician/technician-pin';
import { StepActions } from './StepActions';

/** Choose the technician PIN: six digits, typed twice; only the slow hash is kept. */
export function PinChooser({ onSaved, onBack }: { onSaved: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const [first, setFirst] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const next = async () => {
    if (!isTechnicianPin(pin)) return;
    if (first === null) {
      setFirst(pin);
      setPin('');
      setMismatch(false);
      return;
    }
    if (pin !== first) {
      setFirst(null);
      setPin('');
      setMismatch(true);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await saveTechnicianPin(content, pin);
      onSaved();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const back = () => {
    if (first === null) return onBack();
    setFirst(null);
    setPin('');
  };

  return (
    <>
      <p className="screen__lead">{first === null ? t('setup.pin.first') : t('setup.pin.again')}</p>
      <p className="pin-display" data-testid="setup-pin-display" aria-live="polite">
        {pin === '' ? t('setup.pin.empty') : '●'.repeat(pin.length)}
      </p>
      <NumberPad value={pin} maxLength={TECHNICIAN_PIN_LENGTH} onChange={setPin} />
      {mismatch && (
        <p role="alert" className="error" data-testid="setup-pin-mismatch">
          {t('setup.pin.mismatch')}
        </p>
      )}
      {failed && (
        <p role="alert" className="error">
          {t('setup.pin.failed')}
        </p>
      )}
      <StepActions
        nextDisabled={!isTechnicianPin(pin) || saving}
        onNext={() => void next()}
        onBack={back}
      />
    </>
  );
}
