import { describe, expect, it } from 'vitest';
import { openContentDb } from '../db/content-db';
import { createWebCredentialStore, openDeviceDb } from '../platform/web-credential-store';
import { enrollKiosk, previewEnrollment, type EnrollDeps } from './enroll';
import {
  credentialForEnrollment,
  newDeviceSecret,
  openPendingEnrollments,
  type PendingEnrollments,
} from './pending-enrollment';
import { SyncFailure } from './sync-failure';

/**
 * The kiosk's half of idempotent enrollment, on fake-indexeddb. The network here only loses
 * answers (what this is about); a real hub answering, refusing and re-sending is in
 * tests/hub-enroll.e2e.test.ts.
 */
const HUB = 'https://hub.example.cn';
let n = 0;

interface Sent {
  url: string;
  body: { code: string; credential?: string };
  /** What the pending store held at the moment the request left. */
  pendingAtSend: string | null;
}

function lossyNetwork(pending: PendingEnrollments) {
  const sent: Sent[] = [];
  const fetch = async (url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as Sent['body'];
    sent.push({ url, body, pendingAtSend: (await pending.get())?.credential ?? null });
    throw new TypeError('Failed to fetch'); // the answer never arrives
  };
  return { sent, fetch };
}

function kiosk() {
  const id = ++n;
  const pending = openPendingEnrollments(`enroll-pending-${id}`);
  const credentials = createWebCredentialStore(openDeviceDb(`enroll-device-${id}`));
  const net = lossyNetwork(pending);
  const deps: EnrollDeps = {
    credentials,
    content: openContentDb(`enroll-content-${id}`),
    fetch: net.fetch,
    pending,
  };
  return { pending, credentials, net, deps };
}

async function failureCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (error) {
    return error instanceof SyncFailure ? error.code : 'other';
  }
}

describe('enrolling when the answer is lost', () => {
  it('keeps the credential before sending it, and sends the same one on every retry', async () => {
    const k = kiosk();
    const input = { hubUrl: `${HUB}/`, code: 'abcd-efgh', deviceLabel: 'kiosk 1' };
    expect(await failureCode(enrollKiosk(input, k.deps))).toBe('network');
    expect(await failureCode(enrollKiosk({ ...input, code: 'ABCD EFGH' }, k.deps))).toBe('network');

    const [first, second] = k.net.sent;
    expect(first?.url).toBe(`${HUB}/api/v1/enroll`);
    expect(first?.body.credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first?.pendingAtSend).toBe(first?.body.credential);
    // The same code typed differently is the same code: the same credential goes again.
    expect(second?.body.credential).toBe(first?.body.credential);
    expect(await k.pending.get()).toEqual({
      hubUrl: HUB,
      code: 'ABCDEFGH',
      credential: first?.body.credential,
    });
    // Nothing is enrolled until the hub has answered.
    expect(await k.credentials.get()).toEqual({ ok: true, value: null });
  });

  it('survives a restart: a new page finds the pending credential and sends it again', async () => {
    const k = kiosk();
    const input = { hubUrl: HUB, code: 'ABCD-EFGH' };
    await failureCode(enrollKiosk(input, k.deps));
    // A new page opens the same database afresh.
    const reopened = openPendingEnrollments(`enroll-pending-${n}`);
    const net = lossyNetwork(reopened);
    await failureCode(enrollKiosk(input, { ...k.deps, pending: reopened, fetch: net.fetch }));
    expect(net.sent[0]?.body.credential).toBe(k.net.sent[0]?.body.credential);
  });

  it('makes a new credential for another code or another hub', async () => {
    const k = kiosk();
    await failureCode(enrollKiosk({ hubUrl: HUB, code: 'ABCD-EFGH' }, k.deps));
    await failureCode(enrollKiosk({ hubUrl: HUB, code: 'ABCD-EFGJ' }, k.deps));
    await failureCode(enrollKiosk({ hubUrl: 'https://other.example', code: 'ABCD-EFGJ' }, k.deps));
    const credentials = k.net.sent.map((s) => s.body.credential);
    expect(new Set(credentials).size).toBe(3);
    expect((await k.pending.get())?.credential).toBe(credentials[2]);
  });

  it('sends nothing when the credential cannot be written down first', async () => {
    const k = kiosk();
    const broken: PendingEnrollments = {
      get: () => Promise.resolve(null),
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      forget: () => Promise.resolve(),
    };
    const code = await failureCode(
      enrollKiosk({ hubUrl: HUB, code: 'ABCD-EFGH' }, { ...k.deps, pending: broken }),
    );
    expect(code).toBe('storage');
    expect(k.net.sent).toHaveLength(0);
  });

  it('refuses a hub address that is not absolute before making anything', async () => {
    const k = kiosk();
    expect(await failureCode(enrollKiosk({ hubUrl: '/api', code: 'ABCD-EFGH' }, k.deps))).toBe(
      'bad_request',
    );
    expect(await k.pending.get()).toBeNull();
  });
});

describe('the room preview', () => {
  it('spends nothing, makes no credential, and shows the pending one only for its own code', async () => {
    const k = kiosk();
    await failureCode(previewEnrollment({ hubUrl: HUB, code: 'ABCD-EFGH' }, k.deps));
    expect(k.net.sent[0]?.url).toBe(`${HUB}/api/v1/enroll/preview`);
    expect(k.net.sent[0]?.body).toEqual({ code: 'ABCD-EFGH' });
    expect(await k.pending.get()).toBeNull();

    const mine = await credentialForEnrollment(k.pending, HUB, 'ABCD-EFGH');
    await failureCode(previewEnrollment({ hubUrl: HUB, code: 'abcdefgh' }, k.deps));
    await failureCode(previewEnrollment({ hubUrl: HUB, code: 'ZZZZ-ZZZZ' }, k.deps));
    expect(k.net.sent[1]?.body).toEqual({ code: 'abcdefgh', credential: mine });
    expect(k.net.sent[2]?.body).toEqual({ code: 'ZZZZ-ZZZZ' });
  });
});

describe('pending enrollment store', () => {
  it('forgets only the credential it is asked to forget', async () => {
    const store = openPendingEnrollments(`enroll-pending-${++n}`);
    const a = await credentialForEnrollment(store, HUB, 'ABCD-EFGH');
    await store.forget(newDeviceSecret());
    expect((await store.get())?.credential).toBe(a);
    await store.forget(a);
    expect(await store.get()).toBeNull();
  });

  it('makes distinct 256-bit secrets', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => newDeviceSecret()));
    expect(secrets.size).toBe(50);
    for (const s of secrets) expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
