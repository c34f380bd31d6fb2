import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from './prefs-store';
import { Icon } from '../../ui/Icon';

/** Reads the main content aloud with the platform's speech synthesis; hidden where there is none. */
export function ReadAloud({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const [speaking, setSpeaking] = useState(false);
  const synth =
    typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;

  useEffect(() => () => synth?.cancel(), [synth]);
  if (!synth) return null;

  const toggle = () => {
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const text = document.getElementById(targetId)?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = locale;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  };

  return (
    <BigButton variant="quiet" pressed={speaking} onClick={toggle} data-testid="read-aloud">
      <Icon drawn="speaker" />
      {speaking ? t('a11y.stopReading') : t('a11y.readAloud')}
    </BigButton>
  );
}
