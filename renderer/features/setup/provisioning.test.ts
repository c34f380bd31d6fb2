import { describe, expect, it } from 'vitest';
import { needsSetup, prefilledHubUrl } from './provisioning';

const credential = {
  ok: true as const,
  value: {
    hubUrl: 'https://hub.example',
    deviceId: 'dev_abcdefghijklmnop',
    secret: 'x'.repeat(43),
  },
};
const none = { ok: true as const, value: null };
const production = { hubUrl: 'https://hub.example', demo: false };

describe('needsSetup', () => {
  it('opens the wizard on a kiosk with no credential', () => {
    expect(needsSetup(none, false, production)).toBe(true);
    expect(needsSetup(none, false, null)).toBe(true);
  });

  it('opens it again when enrolled but no PIN was set (a restart mid-wizard)', () => {
    expect(needsSetup(credential, false, production)).toBe(true);
  });

  it('stays on Home once enrolled with a PIN', () => {
    expect(needsSetup(credential, true, production)).toBe(false);
  });

  it('never shows in demo runs', () => {
    expect(needsSetup(none, false, { hubUrl: '', demo: true })).toBe(false);
  });

  it('does not re-enroll a kiosk whose credential cannot be read', () => {
    expect(needsSetup({ ok: false, error: 'encryption_unavailable' }, true, production)).toBe(
      false,
    );
  });
});

describe('prefilledHubUrl', () => {
  it('offers the configured hub, or the page origin for "same origin"', () => {
    expect(prefilledHubUrl(production, 'app://kiosk/index.html')).toBe('https://hub.example');
    expect(prefilledHubUrl({ hubUrl: '', demo: false }, 'http://127.0.0.1:5174/')).toBe(
      'http://127.0.0.1:5174',
    );
  });

  it('offers nothing under app:// or without a boot config', () => {
    expect(prefilledHubUrl({ hubUrl: '', demo: false }, 'app://kiosk/index.html')).toBe('');
    expect(prefilledHubUrl(null, 'http://127.0.0.1:5174/')).toBe('');
  });
});
