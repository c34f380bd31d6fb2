import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openHubDb, type Db } from '../db/open';

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
