import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hubOrigin } from './csp';

describe('hubOrigin', () => {
  it('lets the page reach an https hub, or a loopback hub over http', () => {
    expect(hubOrigin('https://hub.sf.xuhui.example/api')).toBe('https://hub.sf.xuhui.example');
    expect(hubOrigin('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
  });

  it('leaves a plain-http district hub and anything odd out of the CSP', () => {
    for (const bad of ['http://10.0.0.5:8787', 'javascript:alert(1)', 'hub.example', '', null])
      expect(hubOrigin(bad)).toBeNull();
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
  });
});
