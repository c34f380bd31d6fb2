import { describe, expect, it } from 'vitest';
import { createWebCredentialStore, openDeviceDb } from './web-credential-store';

const credential = {
  hubUrl: 'http://localhost:5174',
  deviceId: '0195f0c2-7a1b-7c3d-8e4f-000000000001',
  secret: 'sekret-sekret-sekret-0123456789',
};
let n = 0;
const freshName = () => `kiosk-device-test-${++n}`;

describe('web credential store (IndexedDB)', () => {
  it('is empty before enrollment', async () => {
    expect(await createWebCredentialStore(openDeviceDb(freshName())).get()).toEqual({
      ok: true,
      value: null,
    });
  });

  it('keeps the credential across a reopen of the database', async () => {
    const name = freshName();
    const first = openDeviceDb(name);
    expect(await createWebCredentialStore(first).set(credential)).toEqual({
      ok: true,
      value: null,
    });
    first.close();
    expect(await createWebCredentialStore(openDeviceDb(name)).get()).toEqual({
      ok: true,
      value: credential,
    });
  });

  it('forgets it on clear', async () => {
    const store = createWebCredentialStore(openDeviceDb(freshName()));
    await store.set(credential);
    await store.clear();
    expect(await store.get()).toEqual({ ok: true, value: null });
  });

  it('refuses an invalid credential and keeps the one it had', async () => {
    const store = createWebCredentialStore(openDeviceDb(freshName()));
    await store.set(credential);
    expect(await store.set({ ...credential, hubUrl: '' })).toEqual({
      ok: false,
      error: 'bad_request',
    });
    expect(await store.get()).toEqual({ ok: true, value: credential });
  });

  it('treats a damaged row as not enrolled', async () => {
    const db = openDeviceDb(freshName());
    await db.credential.put({ key: 'device', credential: { hubUrl: 'nope' } });
    expect(await createWebCredentialStore(db).get()).toEqual({ ok: true, value: null });
  });
});
