import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../server/testing/test-hub';
import { testConnection } from '../renderer/features/setup/hub-check';

// The wizard's "test the connection" step against a real hub on loopback (Node's fetch).
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.close();
});

const realFetch = (input: string, init: RequestInit) => fetch(input, init);

describe('testConnection', () => {
  it('reaches the hub and reports its version', async () => {
    const result = await testConnection(hub.url + '/', realFetch);
    expect(result.ok && result.hubVersion).toMatch(/\d/);
  });

  it('calls a closed port unreachable', async () => {
    expect(await testConnection('http://127.0.0.1:9', realFetch, 3_000)).toMatchObject({
      ok: false,
      problem: 'unreachable',
    });
  });

  it('calls an address that is not a hub a wrong address', async () => {
    expect(await testConnection(hub.url + '/not-the-hub', realFetch)).toMatchObject({
      ok: false,
      problem: 'wrong_address',
    });
  });
});
