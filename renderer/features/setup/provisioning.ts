import type { DeviceCredential, IpcReply, KioskBootConfig } from '../../../shared/ipc';
import { getPlatform } from '../../platform';
import { absoluteHubUrl, loadBootConfig } from '../../platform/boot-config';
import { useSession } from '../session/session-store';
import { usePrefs } from '../accessibility/prefs-store';
import { hasTechnicianPin, type PinDbs } from '../technician/technician-pin';
import { readSetupDraft } from './setup-draft';
import { useSetup } from './setup-store';

/**
 * A kiosk is set up once it holds a device credential and a technician PIN (the wizard's last
 * two writes). Demo runs (`npm start`, the e2e suites) enroll themselves and never see the wizard.
 * A credential that cannot be READ (an OS key store failure) is not "no credential": the wizard
 * would enroll the kiosk a second time, so the kiosk keeps running and the status line says why.
 */
export function needsSetup(
  credential: IpcReply<DeviceCredential | null>,
  pinSet: boolean,
  boot: KioskBootConfig | null,
): boolean {
  if (boot?.demo) return false;
  if (!credential.ok) return false;
  return credential.value === null || !pinSet;
}

/**
 * The hub address to offer: the shell's configured hub, or the page's own origin where the boot
 * config says "same origin" (the browser build behind its /api proxy). Under app:// there is no
 * such origin: the field starts empty.
 */
export function prefilledHubUrl(boot: KioskBootConfig | null, pageUrl: string): string {
  if (!boot) return '';
  try {
    const url = absoluteHubUrl(boot.hubUrl, pageUrl);
    return /^https?:\/\//.test(url) ? url : '';
  } catch {
    return '';
  }
}

/**
 * Run once at start: open the wizard when the kiosk is not set up yet, where a reload left it
 * (the typed hub, code and label, the step and the language: setup-draft.ts).
 */
export async function checkProvisioning(dbs: PinDbs): Promise<void> {
  const { content } = dbs;
  const platform = getPlatform();
  const [credential, pinSet, boot, draft] = await Promise.all([
    platform.getCredential(),
    hasTechnicianPin(dbs),
    loadBootConfig(),
    readSetupDraft(content).catch(() => null),
  ]);
  if (!needsSetup(credential, pinSet, boot)) return;
  useSetup.getState().begin({
    bootHubUrl: prefilledHubUrl(boot, window.location.href),
    enrolled: credential.ok && credential.value !== null,
    draft,
  });
  if (draft) usePrefs.getState().setLocale(draft.locale);
  useSession.getState().goTo('setup');
}
