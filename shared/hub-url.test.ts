import { describe, expect, it } from 'vitest';
import { HubUrl } from './ipc';
import { hubUrlProblem, isLoopbackHost } from './hub-url';

describe('hubUrlProblem', () => {
  it.each([
    'https://hub.sf.xuhui.example',
    'https://10.0.0.5:8787/',
    'http://127.0.0.1:8787',
    'http://127.12.0.3',
    'http://localhost:5174/',
    'http://LOCALHOST',
    'http://[::1]:8787',
  ])('accepts %s', (url) => {
    expect(hubUrlProblem(url)).toBeNull();
    expect(HubUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    'http://hub.sf.xuhui.example',
    'http://10.0.0.5:8787',
    'http://192.168.1.20',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://[::2]',
    'http://0.0.0.0:8787',
  ])('calls plain http to %s insecure', (url) => {
    expect(hubUrlProblem(url)).toBe('insecure');
    expect(HubUrl.safeParse(url).error?.issues[0]?.message).toMatch(/https/);
  });

  it.each(['hub.example', '/api', '', 'ftp://hub.example', 'https://u:p@hub.example'])(
    'calls %s invalid',
    (url) => {
      expect(hubUrlProblem(url)).toBe('invalid');
    },
  );
});

describe('isLoopbackHost', () => {
  it('knows loopback only as the URL parser writes it', () => {
    expect(isLoopbackHost(new URL('http://127.1/').hostname)).toBe(true);
    expect(isLoopbackHost(new URL('http://[0:0:0:0:0:0:0:1]/').hostname)).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });
});
