import { describe, expect, it } from 'vitest';
import { connectionProblem, hubAddressProblem, normaliseHubUrl, testConnection } from './hub-check';
import { cleanCode, enrollProblem, isCodeShaped } from './enroll-problem';

// The same checks against a real hub on loopback: tests/setup-connection.e2e.test.ts.
describe('hub address and problem words', () => {
  it('normalises a typed address', () => {
    expect(normaliseHubUrl('  https://hub.example/// ')).toBe('https://hub.example');
    expect(normaliseHubUrl('hub.example')).toBeNull();
  });

  it('tells a plain-http district hub from a typo, and allows http to this machine only', () => {
    expect(hubAddressProblem(' http://10.0.0.5:8787 ')).toBe('insecure');
    expect(normaliseHubUrl('http://10.0.0.5:8787')).toBeNull();
    expect(hubAddressProblem('hub.example')).toBe('invalid');
    expect(hubAddressProblem('http://127.0.0.1:8787/')).toBeNull();
  });

  it('refuses what is not an http(s) address before sending anything', async () => {
    const sent: string[] = [];
    const record = (url: string) => {
      sent.push(url);
      return Promise.reject(new TypeError('should not be called'));
    };
    for (const typed of ['hub.example', 'ftp://hub.example', 'https://a:b@hub.example', ''])
      expect(await testConnection(typed, record)).toEqual({
        ok: false,
        problem: 'invalid_url',
        code: null,
      });
    expect(sent).toEqual([]);
  });

  it('maps failure codes to what a technician can act on', () => {
    expect(connectionProblem('timeout')).toBe('unreachable');
    expect(connectionProblem('hub_unreachable')).toBe('unreachable');
    expect(connectionProblem('bad_response')).toBe('wrong_address');
    expect(connectionProblem('internal')).toBe('hub_error');
    expect(enrollProblem('enrollment_code_used')).toBe('code_used');
    expect(enrollProblem('enrollment_code_invalid')).toBe('code_invalid');
    expect(enrollProblem('network')).toBe('unreachable');
    expect(enrollProblem('rate_limited')).toBe('too_many_tries');
  });

  it('keeps only code characters of what is typed', () => {
    expect(cleanCode('abcd-efgh!')).toBe('ABCD-EFGH');
    expect(isCodeShaped('AB')).toBe(false);
    expect(isCodeShaped('ABCD-EFGH')).toBe(true);
  });
});
