import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { usePrefs } from './prefs-store';
import { Icon } from '../../ui/Icon';
import type { Locale } from '../../../shared/catalogue/schema';

/**
 * Reads the main content aloud with the platform's speech synthesis. Hidden where there is none,
 * and where there is no voice for the current language (usual for Chromium on Linux without
 * speech-dispatcher): a button that says nothing would only confuse.
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

/** A voice speaking the locale's language: `zh-CN`, `zh_CN`, `cmn-Hans-CN` for Chinese; `en-*` for English. */
function voiceFor(synth: SpeechSynthesis, locale: Locale): SpeechSynthesisVoice | undefined {
  const wanted = locale === 'zh-CN' ? /^(zh|cmn)\b/i : /^en\b/i;
  const voices = (synth.getVoices?.() ?? []).map((voice) => ({
    voice,
    lang: voice.lang.replace('_', '-'),
  }));
  return (
    voices.find((v) => v.lang === locale)?.voice ?? voices.find((v) => wanted.test(v.lang))?.voice
  );
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
