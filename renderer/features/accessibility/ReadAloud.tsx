import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from './prefs-store';
import { Icon } from '../../ui/Icon';
import type { Locale } from '../../../shared/catalogue/schema';
import { pickVoice } from './pick-voice';

/**
 * Reads the main content aloud with the platform's speech synthesis. Hidden where there is none,
 * and where there is no voice for the current language (Chromium on Linux offers none unless it
 * speaks through speech-dispatcher: electron/speech.ts): a button that says nothing would only
 * confuse. espeak-ng's Mandarin voice, where it is all there is, is used rather than hidden.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const [speaking, setSpeaking] = useState(false);
  // The build's prerender of Home (Node, no speech) draws the button; hydration then drops it
  // on a platform without a voice. Voices load late, so follow `voiceschanged`.
  const canSpeak = useSyncExternalStore(
    followVoices,
    () => hasVoiceFor(locale),
    () => true,
  );

  useEffect(() => () => speech()?.cancel(), []);
  if (!canSpeak) return null;

  const toggle = () => {
    const synth = speech();
    if (!synth) return;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const text = document.getElementById(targetId)?.innerText ?? '';
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = locale;
    const voice = voiceFor(synth, locale);
    if (voice) utterance.voice = voice;
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

function followVoices(changed: () => void): () => void {
  const synth = speech();
  synth?.addEventListener?.('voiceschanged', changed);
  return () => synth?.removeEventListener?.('voiceschanged', changed);
}

/**
 * The voice for the locale (pick-voice.ts). speech-dispatcher lists some 13,000 voices, and this
 * runs on every render of the top bar, so the answer is kept until the list changes.
 */
let picked: {
  voices: readonly SpeechSynthesisVoice[];
  locale: Locale;
  voice?: SpeechSynthesisVoice;
} | null = null;
function voiceFor(synth: SpeechSynthesis, locale: Locale): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices?.() ?? [];
  const same =
    picked !== null &&
    picked.locale === locale &&
    picked.voices.length === voices.length &&
    picked.voices[0] === voices[0];
  if (!same) picked = { voices, locale, voice: pickVoice(voices, locale) };
  return picked?.voice;
}

function hasVoiceFor(locale: Locale): boolean {
  const synth = speech();
  return synth !== null && voiceFor(synth, locale) !== undefined;
}

function speech(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}
