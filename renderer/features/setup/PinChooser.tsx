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

/**
 * Choose the technician PIN: six digits, typed twice; only the slow hash is kept. The PIN has a
 * fixed length, so the sixth digit moves on by itself: no Next to find and tap.
 */
export function PinChooser({ onSaved, onBack }: { onSaved: () => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { device } = useKiosk();
  const [first, setFirst] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const next = async (typed: string) => {
    if (!isTechnicianPin(typed)) return;
    if (first === null) {
      setFirst(typed);
      setPin('');
      setMismatch(false);
      return;
    }
    if (typed !== first) {
      setFirst(null);
      setPin('');
      setMismatch(true);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await saveTechnicianPin(device, typed);
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
      <NumberPad
        value={pin}
        maxLength={TECHNICIAN_PIN_LENGTH}
        onChange={(typed) => {
          if (saving) return;
          setPin(typed);
          if (typed.length === TECHNICIAN_PIN_LENGTH) void next(typed);
        }}
      />
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
      <StepActions onBack={back} hideNext />
    </>
  );
}
