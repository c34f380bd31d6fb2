import { getPlatform } from '../../platform';
import { DeviceTag, UNENROLLED_DEVICE } from '../../../shared/cases/fields';

/** The enrolled device's id from its credential, or `unenrolled`: every desk event names it. */
export async function loadDeviceId(): Promise<string> {
  try {
    const reply = await getPlatform().getCredential();
    const id = reply.ok ? reply.value?.deviceId : undefined;
    return id && DeviceTag.safeParse(id).success ? id : UNENROLLED_DEVICE;
  } catch {
    return UNENROLLED_DEVICE;
  }
}
