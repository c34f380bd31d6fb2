import { describe, expect, it } from 'vitest';
import { isTrustedOrigin, isTrustedUrl } from './trusted-url';

describe('isTrustedUrl', () => {
  it.each([
    'app://kiosk/',
    'app://kiosk/index.html',
    'app://kiosk/index.html#/intake',
    'app://kiosk/assets/index-3f2a.js?v=1',
  ])('trusts our own page %s', (url) => {
    expect(isTrustedUrl(url)).toBe(true);
  });

  it.each([
    'app://user@kiosk',
    'app://user@kiosk/',
    'app://user:pass@kiosk/index.html',
    'https://evil.example/?next=app://kiosk',
    'https://evil.example/app://kiosk/',
    'app://kiosk.evil',
    'app://kiosk.evil/',
    'app://evil/kiosk/',
    'app://kiosk:8080/',
    'javascript:alert(1)',
    'javascript://kiosk/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'http://kiosk/',
    'app://kiosk/../../etc',
    'app://kiosk/assets/../../../etc/passwd',
    'app://kiosk/%2e%2e%2f%2e%2e%2fetc',
    'app://kiosk/%2e%2e/etc',
    'app://kiosk/..%5c..%5cetc',
    'app://kiosk/..\\..\\etc',
    'app:kiosk/index.html',
    'app://kiosk',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedUrl(url)).toBe(false);
  });
});

describe('isTrustedOrigin', () => {
  it('accepts only app://kiosk', () => {
    expect(isTrustedOrigin('app://kiosk')).toBe(true);
    expect(isTrustedOrigin('app://kiosk.evil')).toBe(false);
    expect(isTrustedOrigin('https://kiosk')).toBe(false);
    expect(isTrustedOrigin('null')).toBe(false);
  });
});
