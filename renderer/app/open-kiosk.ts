import { openRecordsDb } from '../db/records-db';
import { openContentDb } from '../db/content-db';
import { openDeviceDb } from '../db/device-db';
import { loadCatalogue } from '../content/catalogue-store';
import { defaultCatalogue } from '../../shared/catalogue/default';
import { startKioskSync, type KioskSyncReporter } from '../sync/start-kiosk-sync';
import type { Catalogue } from '../../shared/catalogue/schema';
import type { KioskDbs } from './kiosk-context';
import { IDLE_RESET_EVENT } from '../features/idle/IdleGuard';
import { pruneIfDue } from '../db/retention';
import { moveContentCases } from '../db/move-content-cases';

/**
 * What main.tsx loads once Home is on screen: the built-in catalogue, the databases (Dexie), the
 * catalogue the hub sent earlier (validated with zod) and sync. Nothing here is needed to draw
 * Home, and all of it together is most of the kiosk's JavaScript, so keeping it out of the first
 * download is what makes the first screen quick.
 */
export function openKiosk(reporter: KioskSyncReporter): {
  dbs: KioskDbs;
  /** The catalogue built into this version, to use at once. */
  builtInCatalogue: Catalogue;
  /** The catalogue to use: the hub's if it validates, else the built-in one. */
  catalogue: Promise<Catalogue>;
} {
  const dbs = { records: openRecordsDb(), content: openContentDb(), device: openDeviceDb() };
  // Cases an older version kept in the content database move first, so the first pull after an
  // update already starts from the records database's own case cursor.
  void moveContentCases(dbs.records, dbs.content)
    .catch(() => undefined)
    .then(() => startKioskSync(dbs, reporter));
  // Retention (docs/privacy.md): between residents, never during an intake; at most once a day.
  window.addEventListener(IDLE_RESET_EVENT, () => void pruneIfDue(dbs.records));
  // The resident screens' saves load `db/records` on first use; fetch it now, while nobody waits.
  void import('../db/records');
  return { dbs, builtInCatalogue: defaultCatalogue, catalogue: loadCatalogue(dbs.content) };
}
