import type { Locale } from '../../../shared/catalogue/schema';

/** What picking a voice looks at: Chromium's SpeechSynthesisVoice has both. */
export interface VoiceInfo {
  name: string;
  lang: string;
}

/**
 * How well a voice's language reads a locale, 0 best; null when it cannot (Cantonese for
 * Mandarin, say). What kiosks really offer (docs/accessibility.md):
 * - Windows with the Chinese language pack: Microsoft Huihui, Yaoyao and Kangkang, `zh-CN`.
 * - Linux with espeak-ng through speech-dispatcher: `cmn` ("Mandarin, latin as English") and
 *   `cmn-LATN-PINYIN` ("Mandarin, latin as Pinyin"). On Debian 12 the first reads many Han
 *   characters as pinyin spelled out in English ("hua two"); the second reads them in Mandarin,
 *   so it comes first. `yue` is Cantonese.
 */
function rank(lang: string, locale: Locale): number | null {
  const tag = lang.replace(/_/g, '-').toLowerCase();
  if (locale === 'en') {
    if (tag === 'en' || tag === 'en-us' || tag === 'en-gb') return 0;
    return /^en-/.test(tag) ? 1 : null;
  }
  if (tag === 'zh-cn') return 0;
  if (/^(zh-hans|cmn-hans|cmn-cn|zh-sg)\b/.test(tag) || tag === 'zh') return 1;
  if (tag === 'cmn-latn-pinyin') return 2;
  if (/^(zh-tw|zh-hant|cmn-tw|cmn-hant)\b/.test(tag)) return 3;
  if (/^cmn\b/.test(tag)) return 4;
  return null;
}

/**
 * The voice to read `locale` with, or undefined when there is none (the read-aloud button then
 * stays hidden). Among voices of equal rank the first, and a plain voice before one of espeak-ng's
 * variants ("…+Adam"), which speech-dispatcher lists a hundred of for every language.
 */
export function pickVoice<V extends VoiceInfo>(
  voices: readonly V[],
  locale: Locale,
): V | undefined {
  let best: V | undefined;
  let bestScore = Infinity;
  for (const voice of voices) {
    const r = rank(voice.lang, locale);
    if (r === null) continue;
    const score = r * 2 + (voice.name.includes('+') ? 1 : 0);
    if (score < bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}
