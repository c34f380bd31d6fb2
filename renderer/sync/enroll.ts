import {
  HubUrl,
  type DeviceCredential,
  type IpcReply,
  type KioskBootConfig,
} from '../../shared/ipc';
import type { ContentDb } from '../db/content-db';
import { storeHubSite } from '../content/hub-content';
import { createHubClient, type FetchFn } from './hub-client';
import { SyncFailure } from './sync-failure';

/** Where the device credential lives: `getPlatform()` (Electron's safeStorage, or IndexedDB). */
export interface CredentialAccess {
  get(): Promise<IpcReply<DeviceCredential | null>>;
  set(credential: DeviceCredential): Promise<IpcReply<null>>;
}

export interface EnrollInput {
  /** Absolute hub URL (see `absoluteHubUrl`). */
  hubUrl: string;
  code: string;
  deviceLabel?: string;
}

export interface EnrollDeps {
  credentials: CredentialAccess;
  content: ContentDb;
  fetch: FetchFn;
  now?: () => number;
  onClockOffset?: (offsetMs: number) => void;
}

/**
 * Trade an enrollment code for this device's credential and keep it. The site settings that come
 * with the answer are stored at once, so Home shows the real room before the first pull.
 */
export async function enrollKiosk(input: EnrollInput, deps: EnrollDeps): Promise<DeviceCredential> {
  const hubUrl = HubUrl.safeParse(input.hubUrl);
  if (!hubUrl.success) throw new SyncFailure('bad_request', 'the hub URL is not absolute http(s)');
  const baseUrl = hubUrl.data.replace(/\/+$/, '');
  const client = createHubClient({
    baseUrl,
    fetch: deps.fetch,
    now: deps.now,
    onClockOffset: deps.onClockOffset,
  });
  const answer = await client.enroll({
    code: input.code,
    ...(input.deviceLabel ? { deviceLabel: input.deviceLabel } : {}),
  });
  const credential: DeviceCredential = {
    hubUrl: baseUrl,
    deviceId: answer.deviceId,
    secret: answer.credential,
  };
  const saved = await deps.credentials.set(credential);
  if (!saved.ok)
    throw new SyncFailure('storage', `the credential could not be kept (${saved.error})`);
  await storeHubSite(deps.content, answer.site, new Date((deps.now ?? Date.now)()));
  return credential;
}

/** The code to enroll with unattended: only a demo run (`npm start`) hands one out. */
export function autoEnrollment(
  config: KioskBootConfig | null,
  pageUrl: string,
  absolute: (hubUrl: string, pageUrl: string) => string,
): EnrollInput | null {
  if (!config?.demo || !config.enrollmentCode) return null;
  try {
    return {
      hubUrl: absolute(config.hubUrl, pageUrl),
      code: config.enrollmentCode,
      deviceLabel: 'demo kiosk',
    };
  } catch {
    return null;
  }
}

/**
 * The stored credential; without one, enroll with the automatic code if there is one. Throws
 * `not_enrolled` when neither is to be had (staff enroll the kiosk on its setup screen).
 */
export async function ensureCredential(
  deps: EnrollDeps & { autoEnroll?: () => Promise<EnrollInput | null> },
): Promise<DeviceCredential> {
  const stored = await deps.credentials.get();
  if (!stored.ok)
    throw new SyncFailure('storage', `the credential could not be read (${stored.error})`);
  if (stored.value) return stored.value;
  const input = deps.autoEnroll ? await deps.autoEnroll() : null;
  if (!input) throw new SyncFailure('not_enrolled', 'no credential and no enrollment code');
  return enrollKiosk(input, deps);
}
