import { openPendingEnrollments, type PendingEnrollments } from '../db/enrollment-db';

export {
  openPendingEnrollments,
  ENROLLMENT_DB_NAME,
  type PendingEnrollment,
  type PendingEnrollments,
} from '../db/enrollment-db';

let shared: PendingEnrollments | null = null;

/** The kiosk's own pending enrollment store, opened on first use. */
export function pendingEnrollments(): PendingEnrollments {
  shared ??= openPendingEnrollments();
  return shared;
}

/** The hub's rule (server/store/codes.ts): case, spaces and dashes do not matter. */
export function normaliseEnrollmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** 32 bytes from the platform's CSPRNG, base64url without padding: 43 characters. */
export function newDeviceSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The credential to enroll with at this hub with this code: the pending one when it is for the
 * same hub and code (a retry), else a new one, written down before it is returned. Throws if it
 * cannot be written: sending a credential the kiosk could not keep would risk the lost-answer
 * problem this exists to prevent.
 */
export async function credentialForEnrollment(
  store: PendingEnrollments,
  hubUrl: string,
  code: string,
): Promise<string> {
  const normalised = normaliseEnrollmentCode(code);
  const pending = await store.get();
  if (pending && pending.hubUrl === hubUrl && pending.code === normalised)
    return pending.credential;
  const credential = newDeviceSecret();
  await store.put({ hubUrl, code: normalised, credential });
  return credential;
}

/** The pending credential for this hub and code, if the kiosk already tried them; never makes one. */
export async function pendingCredentialFor(
  store: PendingEnrollments,
  hubUrl: string,
  code: string,
): Promise<string | null> {
  const pending = await store.get();
  return pending && pending.hubUrl === hubUrl && pending.code === normaliseEnrollmentCode(code)
    ? pending.credential
    : null;
}
