// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { testConnection } from './hub-check';
import {
  refusedByPagePolicy,
  resetPolicyRefusalsForTests,
  watchPolicyRefusals,
} from './policy-refusals';

/** What Chromium dispatches when the page's CSP refuses a fetch (jsdom has no such event class). */
function refusal(target: EventTarget, blockedURI: string, effectiveDirective = 'connect-src') {
  target.dispatchEvent(
    Object.assign(new Event('securitypolicyviolation'), { blockedURI, effectiveDirective }),
  );
}

afterEach(resetPolicyRefusalsForTests);

describe('refusals by the page’s own security policy', () => {
  it('tells a refused address from a network failure, also when the event comes late', async () => {
    const page = new EventTarget();
    watchPolicyRefusals(page);
    const asked = refusedByPagePolicy('http://127.0.0.1:8788/api/v1/health');
    setTimeout(() => refusal(page, 'http://127.0.0.1:8788/api/v1/health'), 0);
    expect(await asked).toBe(true);
    // A policy does not change while the page lives: the next failure is the same refusal.
    expect(await refusedByPagePolicy('http://127.0.0.1:8788/other', 0)).toBe(true);
    expect(await refusedByPagePolicy('http://127.0.0.1:8787/api/v1/health', 0)).toBe(false);
  });

  it('ignores other directives and waits past another origin’s refusal', async () => {
    const page = new EventTarget();
    watchPolicyRefusals(page);
    refusal(page, 'https://hub.example/x', 'img-src');
    const asked = refusedByPagePolicy('https://hub.example/api/v1/health', 50);
    refusal(page, 'https://elsewhere.example/');
    expect(await asked).toBe(false);
  });

  it('says nothing before it watches (Node, tests): a failure stays a network failure', async () => {
    expect(await refusedByPagePolicy('http://127.0.0.1:8788/', 0)).toBe(false);
  });

  it('makes the connection test say "refused by the page", not "cannot be reached"', async () => {
    const page = new EventTarget();
    watchPolicyRefusals(page);
    const refusingFetch = (url: string) => {
      setTimeout(() => refusal(page, url), 0);
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    expect(await testConnection('http://127.0.0.1:8788', refusingFetch)).toEqual({
      ok: false,
      problem: 'blocked_by_page',
      code: null,
    });
    const offlineFetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await testConnection('http://127.0.0.1:9', offlineFetch)).toMatchObject({
      problem: 'unreachable',
    });
  });
});
