import { describe, expect, it } from 'vitest';
import { SITE_FILE_MAX_BYTES } from './ipc';
import { parseSiteFile } from './site-file';

const good = {
  hubUrl: 'https://hub.sf.xuhui.example',
  enrollmentCode: 'ABCD-EFGH',
  deviceLabel: '徐家汇 kiosk 1',
  locale: 'zh-CN',
  printer: 'POS-80',
};

describe('parseSiteFile', () => {
  it('reads a complete site file', () => {
    expect(parseSiteFile(JSON.stringify(good))).toEqual({ ok: true, value: good });
  });

  it('needs only the hub and the code', () => {
    const minimal = { hubUrl: 'https://10.0.0.5:8787', enrollmentCode: 'ABCDEFGH' };
    expect(parseSiteFile(JSON.stringify(minimal))).toEqual({ ok: true, value: minimal });
  });

  it('accepts the byte-order mark Windows Notepad writes', () => {
    expect(parseSiteFile('\uFEFF' + JSON.stringify(good)).ok).toBe(true);
  });

  it('calls a half-written file incomplete', () => {
    const whole = JSON.stringify(good, null, 2);
    expect(parseSiteFile(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({
      ok: false,
      problem: 'incomplete',
    });
    expect(parseSiteFile('')).toEqual({ ok: false, problem: 'incomplete' });
  });

  it('calls corrupted bytes incomplete', () => {
    expect(parseSiteFile('\u0000\u0000{"hubUrl":\uFFFD\uFFFD')).toEqual({
      ok: false,
      problem: 'incomplete',
    });
  });

  it('refuses an unknown or misspelt field', () => {
    expect(parseSiteFile(JSON.stringify({ ...good, printerName: 'POS-80' }))).toEqual({
      ok: false,
      problem: 'invalid',
    });
  });

  it('refuses a missing code, a bad address and an unknown language', () => {
    const { enrollmentCode: _code, ...noCode } = good;
    for (const bad of [
      noCode,
      { ...good, hubUrl: 'javascript:alert(1)' },
      { ...good, hubUrl: 'https://user:pw@hub.example' },
      { ...good, locale: 'fr' },
      { ...good, enrollmentCode: 'AB' },
      [good],
      'hub',
      null,
    ])
      expect(parseSiteFile(JSON.stringify(bad))).toEqual({ ok: false, problem: 'invalid' });
  });

  it('says apart a plain-http hub on another machine, and still refuses other mistakes as invalid', () => {
    for (const hubUrl of ['http://10.0.0.5:8787', 'http://hub.sf.xuhui.example', 'HTTP://10.0.0.5'])
      expect(parseSiteFile(JSON.stringify({ ...good, hubUrl }))).toEqual({
        ok: false,
        problem: 'insecure_hub',
      });
    // Plain http on the kiosk itself (the demo hub) is fine.
    expect(parseSiteFile(JSON.stringify({ ...good, hubUrl: 'http://127.0.0.1:8787' })).ok).toBe(
      true,
    );
    // Not a hub address at all, or the address nested where it does not belong: just invalid.
    for (const bad of [
      { ...good, hubUrl: 'ftp://10.0.0.5' },
      { ...good, hubUrl: 42 },
      [{ ...good, hubUrl: 'http://10.0.0.5:8787' }],
    ])
      expect(parseSiteFile(JSON.stringify(bad))).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses a file over the size cap, counted in bytes not characters', () => {
    const padding = ' '.repeat(SITE_FILE_MAX_BYTES);
    expect(parseSiteFile(JSON.stringify(good) + padding)).toEqual({
      ok: false,
      problem: 'too_large',
    });
    // 3 bytes a character in UTF-8: under the cap in characters, over it in bytes.
    const label = '客'.repeat(Math.ceil(SITE_FILE_MAX_BYTES / 3) + 1);
    expect(parseSiteFile(JSON.stringify({ ...good, deviceLabel: label })).ok).toBe(false);
    expect(parseSiteFile(JSON.stringify({ ...good, deviceLabel: label }))).toEqual({
      ok: false,
      problem: 'too_large',
    });
  });
});
