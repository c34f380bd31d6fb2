import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, safeStorage } from '../tests/setup/electron-mock';
import { CREDENTIAL_FILE_NAME, createCredentialStore } from './credential-store';

vi.mock('electron', () => import('../tests/setup/electron-mock'));

const credential = {
  hubUrl: 'https://hub.example.cn',
  deviceId: '0195f0c2-7a1b-7c3d-8e4f-000000000001',
  secret: 'sekret-sekret-sekret-0123456789',
};
let dir: string;

beforeEach(() => {
  resetElectronMock();
  dir = mkdtempSync(path.join(tmpdir(), 'credential-'));
});

describe('credential store', () => {
  it('reads nothing before enrollment', async () => {
    expect(await createCredentialStore(dir).get()).toEqual({ ok: true, value: null });
  });

  it('keeps the credential across restarts, encrypted on disk', async () => {
    await createCredentialStore(dir).set(credential);
    const onDisk = readFileSync(path.join(dir, CREDENTIAL_FILE_NAME));
    expect(onDisk.toString('utf8')).not.toContain(credential.secret);
    expect(onDisk.toString('utf8')).not.toContain('hub.example.cn');
    expect(await createCredentialStore(dir).get()).toEqual({ ok: true, value: credential });
  });

  it('forgets the credential on clear', async () => {
    const store = createCredentialStore(dir);
    await store.set(credential);
    await store.clear();
    expect(await store.get()).toEqual({ ok: true, value: null });
  });

  it('treats a damaged file as not enrolled, without logging its content', async () => {
    writeFileSync(
      path.join(dir, CREDENTIAL_FILE_NAME),
      safeStorage.encryptString('{"secret":"leak-me"'),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await createCredentialStore(dir).get()).toEqual({ ok: true, value: null });
    expect(warn.mock.calls.flat().join(' ')).not.toContain('leak-me');
    warn.mockRestore();
  });

  it('refuses to store in plain text when the OS offers no encryption', async () => {
    safeStorage.available = false;
    const store = createCredentialStore(dir);
    expect(await store.set(credential)).toEqual({ ok: false, error: 'encryption_unavailable' });
    expect(await store.get()).toEqual({ ok: false, error: 'encryption_unavailable' });
  });
});
