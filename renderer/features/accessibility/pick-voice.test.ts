import { describe, expect, it } from 'vitest';
import { pickVoice } from './pick-voice';

/** What Chromium 156 listed on this Debian 12 machine with speech-dispatcher and espeak-ng. */
const ESPEAK = [
  { name: 'Afrikaans espeak-ng', lang: 'af' },
  { name: 'Chinese (Cantonese) espeak-ng', lang: 'yue' },
  { name: 'Chinese (Cantonese)+Adam espeak-ng', lang: 'yue' },
  { name: 'Chinese (Mandarin, latin as English) espeak-ng', lang: 'cmn' },
  { name: 'Chinese (Mandarin, latin as English)+Adam espeak-ng', lang: 'cmn' },
  { name: 'Chinese (Mandarin, latin as Pinyin)+Adam espeak-ng', lang: 'cmn-LATN-PINYIN' },
  { name: 'Chinese (Mandarin, latin as Pinyin) espeak-ng', lang: 'cmn-LATN-PINYIN' },
  { name: 'English (America)+Adam espeak-ng', lang: 'en-US' },
  { name: 'English (America) espeak-ng', lang: 'en-US' },
  { name: 'English (Caribbean) espeak-ng', lang: 'en-029' },
];

/** Windows 11 with the Chinese (Simplified) language pack, as Chromium lists them. */
const WINDOWS = [
  { name: 'Microsoft David - English (United States)', lang: 'en-US' },
  { name: 'Microsoft Zira - English (United States)', lang: 'en-US' },
  { name: 'Microsoft Huihui - Chinese (Simplified, PRC)', lang: 'zh-CN' },
  { name: 'Microsoft Kangkang - Chinese (Simplified, PRC)', lang: 'zh-CN' },
  { name: 'Microsoft Yaoyao - Chinese (Simplified, PRC)', lang: 'zh-CN' },
];

describe('pickVoice', () => {
  it("reads Chinese with espeak-ng's Mandarin that reads Han characters, its plain voice", () => {
    expect(pickVoice(ESPEAK, 'zh-CN')?.name).toBe('Chinese (Mandarin, latin as Pinyin) espeak-ng');
    expect(pickVoice(ESPEAK, 'en')?.name).toBe('English (America) espeak-ng');
  });

  it("takes espeak-ng's other Mandarin voice when it is all there is, never Cantonese", () => {
    const noPinyin = ESPEAK.filter((v) => v.lang !== 'cmn-LATN-PINYIN');
    expect(pickVoice(noPinyin, 'zh-CN')?.name).toBe(
      'Chinese (Mandarin, latin as English) espeak-ng',
    );
    expect(
      pickVoice(
        ESPEAK.filter((v) => v.lang === 'yue' || v.lang === 'af'),
        'zh-CN',
      ),
    ).toBe(undefined);
  });

  it('reads Chinese with the first Windows zh-CN voice (Huihui), English with an English one', () => {
    expect(pickVoice(WINDOWS, 'zh-CN')?.name).toBe('Microsoft Huihui - Chinese (Simplified, PRC)');
    expect(pickVoice(WINDOWS, 'en')?.name).toBe('Microsoft David - English (United States)');
  });

  it('prefers mainland Mandarin to Taiwan Mandarin, and accepts zh_CN written with an underscore', () => {
    const voices = [
      { name: 'Hanhan', lang: 'zh-TW' },
      { name: 'Tingting', lang: 'zh_CN' },
    ];
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Tingting');
    expect(pickVoice([{ name: 'Sinji', lang: 'zh-HK' }], 'zh-CN')).toBe(undefined);
  });

  it('finds nothing in an empty list (no speech engine at all)', () => {
    expect(pickVoice([], 'zh-CN')).toBe(undefined);
    expect(pickVoice([], 'en')).toBe(undefined);
  });
});
