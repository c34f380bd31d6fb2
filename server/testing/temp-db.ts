import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openHubDb, type Db } from '../db/open';
import { addSite } from '../store/sites';
import { issueCode } from '../store/codes';
import { enrollDevice, type AuthedDevice } from '../store/devices';
import { applyPush } from '../store/records';

/** A migrated hub database in a fresh temp dir (a real file: WAL and FULL sync as in production). */
export function openTempHubDb(): { db: Db; dataDir: string; cleanup: () => void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-unit-'));
  const db = openHubDb(dataDir);
  return {
    db,
    dataDir,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A Xujiahui room and a kiosk enrolled for it at `now`: what most store tests start from. */
export function enrolledKiosk(db: Db, now: number): AuthedDevice {
  const site = addSite(
    db,
    { street: 'xujiahui', roomName: { 'zh-CN': '客厅' }, address: { 'zh-CN': '一楼' } },
    now,
  );
  const { code } = issueCode(db, site.siteId, 3600_000, now);
  return { id: enrollDevice(db, code, null, now, 0).deviceId, siteId: site.siteId };
}

/** A new Xujiahui kiosk (enrolledKiosk) pushes `records` in one batch at `now`. */
export function pushFromNewKiosk(db: Db, records: readonly unknown[], now: number): void {
  const device = enrolledKiosk(db, now);
  const kioskTime = new Date(now).toISOString();
  applyPush(
    db,
    records.map((record, i) => ({ seq: i + 1, record, kioskTime })),
    { device, now, offsetMs: 0 },
  );
}
