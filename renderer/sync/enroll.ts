import {
  HubUrl,
  type DeviceCredential,
  type IpcReply,
  type KioskBootConfig,
} from '../../shared/ipc';
import type { ContentDb } from '../db/content-db';
import { storeHubSite } from '../content/hub-content';
import type { EnrollResponse, SitePreview } from '../../shared/sync/protocol';
import { createHubClient, type FetchFn } from './hub-client';
import {
  credentialForEnrollment,
  pendingCredentialFor,
  pendingEnrollments,
  type PendingEnrollments,
} from './pending-enrollment';
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
  /** Where the credential waits while its enroll is unanswered; default: the kiosk's own. */
  pending?: PendingEnrollments;
  now?: () => number;
  onClockOffset?: (offsetMs: number) => void;
}

/** Refusals that make a pending credential worthless: this code will never enroll with it. */
const CODE_REFUSED = new Set([
  'enrollment_code_invalid',
  'enrollment_code_expired',
  'enrollment_code_used',
]);

function hubClientFor(hubUrl: string, deps: Omit<EnrollDeps, 'credentials' | 'content'>) {
  const parsed = HubUrl.safeParse(hubUrl);
  if (!parsed.success) throw new SyncFailure('bad_request', 'the hub URL is not absolute http(s)');
  const baseUrl = parsed.data.replace(/\/+$/, '');
  const client = createHubClient({
    baseUrl,
    fetch: deps.fetch,
    now: deps.now,
    onClockOffset: deps.onClockOffset,
  });
  return { baseUrl, client };
}

/**
 * The room a code belongs to, without spending the code, for the technician to confirm first.
 * If this kiosk already asked to enroll with this code (and lost the answer), it shows its own
 * credential so the hub recognises the retry instead of answering "code used".
 */
export async function previewEnrollment(
  input: Pick<EnrollInput, 'hubUrl' | 'code'>,
  deps: Omit<EnrollDeps, 'credentials' | 'content'>,
): Promise<SitePreview> {
  const { baseUrl, client } = hubClientFor(input.hubUrl, deps);
  // Unreadable is treated as none: the preview then simply says whether the code is unspent.
  const credential = await pendingCredentialFor(
    deps.pending ?? pendingEnrollments(),
    baseUrl,
    input.code,
  ).catch(() => null);
  const answer = await client.enrollPreview({
    code: input.code,
    ...(credential ? { credential } : {}),
  });
  return answer.site;
}

/**
 * Trade an enrollment code for this device's credential and keep it. The credential is made here
 * and written down before the request (see pending-enrollment.ts), so a lost answer costs nothing:
 * the retry sends the same credential and the hub answers with the same device. The site settings
 * that come with the answer are stored at once, so Home shows the real room before the first pull.
 */
export async function enrollKiosk(input: EnrollInput, deps: EnrollDeps): Promise<DeviceCredential> {
  const { baseUrl, client } = hubClientFor(input.hubUrl, deps);
  const pending = deps.pending ?? pendingEnrollments();
  // Best effort: a leftover pending credential is for a code that is spent or refused, and a
  // retry with it only ever gets this same device back.
  const forgetQuietly = (secret: string) => pending.forget(secret).catch(() => undefined);
  let secret: string;
  try {
    secret = await credentialForEnrollment(pending, baseUrl, input.code);
  } catch {
    throw new SyncFailure('storage', 'the new credential could not be kept before enrolling');
  }
  let answer: EnrollResponse;
  try {
    answer = await client.enroll({
      code: input.code,
      credential: secret,
      ...(input.deviceLabel ? { deviceLabel: input.deviceLabel } : {}),
    });
  } catch (error) {
    if (error instanceof SyncFailure && CODE_REFUSED.has(error.code)) await forgetQuietly(secret);
    throw error;
  }
  const credential: DeviceCredential = {
    hubUrl: baseUrl,
    deviceId: answer.deviceId,
    secret,
  };
  // Until this succeeds the pending credential stays: a retry gets the same device back.
  const saved = await deps.credentials.set(credential);
  if (!saved.ok)
    throw new SyncFailure('storage', `the credential could not be kept (${saved.error})`);
  await forgetQuietly(secret);
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
