import { afterEach, describe, expect, it } from 'vitest';
import { API_PATHS } from '../../shared/sync/protocol';
import { SyncErrorBody } from '../../shared/sync/errors';
import { postJson, seedSite, startTestHub, type TestHub } from '../testing/test-hub';

/**
 * Behind the TLS proxy (docs/deploy.md) every kiosk reaches the hub from the proxy's address. The
 * test hub listens on 127.0.0.1, so here the test itself plays the proxy, adding X-Forwarded-For.
 */
let hub: TestHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

/** Two wrong codes use up an address's budget in these tests. */
const ALLOWED = 2;

async function previewFrom(h: TestHub, code: string, forwardedFor: string) {
  const res = await postJson(
    h.url + API_PATHS.enrollPreview,
    { code },
    { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
  );
  return res.status === 200 ? 'found' : SyncErrorBody.parse(res.body).error;
}

describe('the enrollment attempt limit behind a reverse proxy', () => {
  it('gives each kiosk behind a trusted proxy its own budget of wrong codes', async () => {
    hub = await startTestHub({ enrollFailuresAllowed: ALLOWED, trustedProxies: ['127.0.0.1'] });
    const { code } = seedSite(hub);
    for (let i = 0; i < ALLOWED; i++)
      expect(await previewFrom(hub, 'QQQQ-QQQ2', '203.0.113.5')).toBe('enrollment_code_invalid');
    expect(await previewFrom(hub, code, '203.0.113.5')).toBe('rate_limited');
    // Another kiosk behind the same proxy is not held up by the first one's guesses.
    expect(await previewFrom(hub, code, '203.0.113.6')).toBe('found');
    expect(await previewFrom(hub, 'QQQQ-QQQ3', '203.0.113.6')).toBe('enrollment_code_invalid');
    // The forwarded addresses are used, never written to the log.
    expect(hub.logText()).toContain('"status":429');
    expect(hub.logText()).not.toContain('203.0.113');
  });

  it('ignores X-Forwarded-For when no proxy is trusted, so a forged one changes nothing', async () => {
    hub = await startTestHub({ enrollFailuresAllowed: ALLOWED });
    const { code } = seedSite(hub);
    for (let i = 0; i < ALLOWED; i++)
      expect(await previewFrom(hub, 'QQQQ-QQQ2', `203.0.113.${i + 10}`)).toBe(
        'enrollment_code_invalid',
      );
    expect(await previewFrom(hub, code, '203.0.113.99')).toBe('rate_limited');
  });

  it('ignores X-Forwarded-For from an address that is not the trusted proxy', async () => {
    hub = await startTestHub({ enrollFailuresAllowed: ALLOWED, trustedProxies: ['10.9.8.7'] });
    const { code } = seedSite(hub);
    for (let i = 0; i < ALLOWED; i++)
      expect(await previewFrom(hub, 'QQQQ-QQQ2', `203.0.113.${i + 10}`)).toBe(
        'enrollment_code_invalid',
      );
    expect(await previewFrom(hub, code, '203.0.113.99')).toBe('rate_limited');
  });
});
