import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../testing/test-hub';
import { consoleClient, seedAccount, TEST_PASSWORD } from './testing/console-client';
import { LOCK_AFTER_FAILURES, LOCK_MS } from './accounts';

/** Logging in and out, first-login change, lockout, CSRF, idle expiry: real HTTP, real SQLite. */
let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub({
    console: {
      sessionTimes: { idleMs: 60_000, maxMs: 3600_000 },
      loginRateLimit: { max: 1000, timeWindow: 60_000 },
    },
  });
});
afterEach(() => hub.close());

const auditRows = () =>
  hub.db.prepare('SELECT action, outcome, detail, username FROM audit_log ORDER BY id').all() as {
    action: string;
    outcome: string;
    detail: string | null;
    username: string | null;
  }[];

describe('console sessions', () => {
  it('a wrong password is refused with one code, audited, and sets no cookie', async () => {
    await seedAccount(hub.db, 'wang', 'middle-office');
    const c = consoleClient(() => hub.url);
    const wrong = await c.login('wang', 'not the password');
    expect(wrong).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    const nobody = await c.login('nobody', 'not the password');
    expect(nobody).toMatchObject({ status: 401, body: { error: 'bad_credentials' } });
    expect(c.cookie).toBeNull();
    expect(auditRows()).toEqual([
      { action: 'session.login', outcome: 'failed', detail: 'wrong_password', username: 'wang' },
      {
        action: 'session.login',
        outcome: 'failed',
        detail: 'unknown_username',
        username: 'nobody',
      },
    ]);
    expect((await c.get('/api/v1/console/session')).body).toMatchObject({
      error: 'unauthenticated',
    });
  });

  it('locks the account after five wrong passwords, even for the right one, until the lock ends', async () => {
    await seedAccount(hub.db, 'li', 'supervisor');
    const c = consoleClient(() => hub.url);
    for (let i = 1; i < LOCK_AFTER_FAILURES; i++)
      expect((await c.login('li', 'wrong password')).body).toMatchObject({
        error: 'bad_credentials',
      });
    expect((await c.login('li', 'wrong password')).body).toMatchObject({ error: 'account_locked' });
    expect((await c.login('li', TEST_PASSWORD)).body).toMatchObject({ error: 'account_locked' });
    hub.clock.ms += LOCK_MS + 1;
    expect((await c.login('li', TEST_PASSWORD)).status).toBe(200);
  });

  it('the first login must set a new password before anything else', async () => {
    await seedAccount(hub.db, 'zhao', 'district-admin', {}, { mustChangePassword: true });
    const c = consoleClient(() => hub.url);
    const login = await c.login('zhao', TEST_PASSWORD);
    expect(login.body).toMatchObject({ account: { mustChangePassword: true } });
    expect((await c.get('/api/v1/console/accounts')).body).toMatchObject({
      error: 'password_change_required',
    });
    const same = await c.post('/api/v1/console/session/password', {
      current: TEST_PASSWORD,
      next: 'short',
    });
    expect(same.body).toMatchObject({ error: 'password_too_short' });
    const changed = await c.post('/api/v1/console/session/password', {
      current: TEST_PASSWORD,
      next: 'a brand new passphrase',
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { account: { mustChangePassword: false } },
    });
    expect((await c.get('/api/v1/console/accounts')).status).toBe(200);
  });

  it('refuses a change without the CSRF token and changes nothing', async () => {
    await seedAccount(hub.db, 'admin', 'district-admin');
    const c = consoleClient(() => hub.url);
    await c.login('admin', TEST_PASSWORD);
    const before = hub.db.prepare('SELECT COUNT(*) AS n FROM accounts').get();
    const res = await c.post(
      '/api/v1/console/accounts',
      {
        username: 'newbie',
        displayName: '新人',
        role: 'supervisor',
        scope: { street: null, service: null, streets: [] },
        password: 'a long enough password',
      },
      { csrf: false },
    );
    expect(res).toMatchObject({ status: 403, body: { error: 'csrf_failed' } });
    expect(hub.db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual(before);
    expect(auditRows().at(-1)).toMatchObject({
      action: 'access.accounts.create',
      outcome: 'denied',
      detail: 'csrf_failed',
    });
  });

  it('an idle session expires, logout ends it at once, and the cookie is HttpOnly and SameSite=Strict', async () => {
    await seedAccount(hub.db, 'qian', 'middle-office');
    const c = consoleClient(() => hub.url);
    const res = await fetch(`${hub.url}/api/v1/console/session/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'qian', password: TEST_PASSWORD }),
    });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/); // loopback HTTP
    await c.login('qian', TEST_PASSWORD);
    expect((await c.get('/api/v1/console/session')).status).toBe(200);
    hub.clock.ms += 61_000;
    expect((await c.get('/api/v1/console/session')).body).toMatchObject({
      error: 'session_expired',
    });

    await c.login('qian', TEST_PASSWORD);
    const cookie = c.cookie;
    expect((await c.post('/api/v1/console/session/logout', {})).status).toBe(200);
    c.cookie = cookie; // a copy of the cookie kept by someone else is dead too
    expect((await c.get('/api/v1/console/session')).body).toMatchObject({
      error: 'session_expired',
    });
  });

  it('keeps the audit log append-only', async () => {
    await seedAccount(hub.db, 'sun', 'middle-office');
    await consoleClient(() => hub.url).login('sun', 'wrong password');
    expect(() => hub.db.prepare("UPDATE audit_log SET outcome = 'ok'").run()).toThrow(
      /append-only/,
    );
    expect(() => hub.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('stores only the hash of the session id, never a password', async () => {
    await seedAccount(hub.db, 'zhou', 'middle-office');
    const c = consoleClient(() => hub.url);
    await c.login('zhou', TEST_PASSWORD);
    const id = (c.cookie ?? '').split('=')[1] ?? '';
    const dump = JSON.stringify([
      hub.db.prepare('SELECT * FROM console_sessions').all(),
      hub.db.prepare('SELECT * FROM accounts').all(),
      hub.db.prepare('SELECT * FROM audit_log').all(),
    ]);
    expect(id.length).toBeGreaterThan(30);
    expect(dump).not.toContain(id);
    expect(dump).not.toContain(TEST_PASSWORD);
    expect(hub.logText()).not.toContain(TEST_PASSWORD);
  });
});

describe('per-address rate limit', () => {
  it('refuses logins from one address past the limit with rate_limited', async () => {
    const limited = await startTestHub({
      console: { loginRateLimit: { max: 3, timeWindow: 60_000 } },
    });
    try {
      const c = consoleClient(() => limited.url);
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await c.login('x', 'y')).status);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
