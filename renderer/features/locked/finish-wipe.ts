import { openRecordsDb } from '../../db/records-db';
import { openContentDb } from '../../db/content-db';
import { getPlatform } from '../../platform';
import { createHubClient } from '../../sync/hub-client';
import { wipeKiosk } from '../../sync/remote-wipe';
import { readKioskLock } from './kiosk-lock';

const RETRY_MS = 60_000;

/**
 * At start on a kiosk locked at `wiping` (a power cut or no network during the wipe): erase
 * again and confirm to the hub, retrying every minute until it answers. Sync never starts.
 */
export async function finishWipe(): Promise<void> {
  if (readKioskLock() !== 'wiping') return;
  const databases = [openRecordsDb(), openContentDb()];
  const confirm = async () => {
    const reply = await getPlatform().getCredential();
    if (!reply.ok || reply.value === null) return; // nothing to confirm with: erase only
    const { hubUrl, deviceId, secret } = reply.value;
    await createHubClient({
      baseUrl: hubUrl.replace(/\/+$/, ''),
      credential: { deviceId, secret },
      fetch: (input, init) => fetch(input, init),
    }).wiped();
  };
  const outcome = await wipeKiosk({ databases, confirm }).catch(() => 'unconfirmed' as const);
  if (outcome === 'unconfirmed') window.setTimeout(() => void finishWipe(), RETRY_MS);
}
