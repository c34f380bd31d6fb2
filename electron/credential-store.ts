import { safeStorage } from 'electron';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeviceCredential, type IpcReply } from '../shared/ipc';

export const CREDENTIAL_FILE_NAME = 'device-credential.bin';

export interface CredentialStore {
  get(): Promise<IpcReply<DeviceCredential | null>>;
  set(credential: DeviceCredential): Promise<IpcReply<null>>;
  clear(): Promise<IpcReply<null>>;
}

/**
 * The device credential from enrollment, encrypted with the OS key store (DPAPI on Windows,
 * libsecret/kwallet on Linux) and kept in userData. Its content never reaches a log line.
 */
export function createCredentialStore(userDataDir: string): CredentialStore {
  const file = path.join(userDataDir, CREDENTIAL_FILE_NAME);
  let warnedPlainBackend = false;

  const encryptionReady = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    // Without a keyring Linux falls back to a fixed key: still works, but say so once.
    if (
      !warnedPlainBackend &&
      process.platform === 'linux' &&
      safeStorage.getSelectedStorageBackend() === 'basic_text'
    ) {
      warnedPlainBackend = true;
      console.warn(
        'safeStorage has no OS keyring (basic_text); install gnome-keyring for the kiosk user (docs/deploy.md)',
      );
    }
    return true;
  };

  return {
    async get() {
      if (!encryptionReady()) return { ok: false, error: 'encryption_unavailable' };
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, value: null };
        throw error;
      }
      try {
        const credential = DeviceCredential.parse(JSON.parse(safeStorage.decryptString(encrypted)));
        return { ok: true, value: credential };
      } catch {
        // A changed OS key or a damaged file: the device enrols again rather than failing forever.
        console.warn('device credential unreadable; treating the device as not enrolled');
        return { ok: true, value: null };
      }
    },

    async set(credential) {
      if (!encryptionReady()) return { ok: false, error: 'encryption_unavailable' };
      const encrypted = safeStorage.encryptString(
        JSON.stringify(DeviceCredential.parse(credential)),
      );
      await mkdir(userDataDir, { recursive: true });
      // Write then rename, so a power cut leaves either the old credential or the new one.
      const temp = `${file}.tmp`;
      await writeFile(temp, encrypted, { mode: 0o600 });
      await rename(temp, file);
      return { ok: true, value: null };
    },

    async clear() {
      await rm(file, { force: true });
      return { ok: true, value: null };
    },
  };
}
