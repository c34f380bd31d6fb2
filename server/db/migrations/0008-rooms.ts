import type { Migration } from '../migrate';

/**
 * Running the rooms from the console (docs/console.md, "Running the rooms").
 * - `sites.retired_at`: a retired room keeps its row (its cases and records name it), but its
 *   kiosks are revoked, its codes stop working and it takes no more changes.
 * - `devices.app_version`, `devices.renderer_version`, `devices.pending_records`: what each kiosk
 *   last said it runs and how many records still wait in its outbox (sent with every pull as
 *   headers), so a street office sees a kiosk that lags behind a release or cannot send.
 */
export const rooms: Migration = {
  version: 8,
  name: 'rooms',
  sql: `
ALTER TABLE sites ADD COLUMN retired_at INTEGER;
ALTER TABLE devices ADD COLUMN app_version TEXT;
ALTER TABLE devices ADD COLUMN renderer_version TEXT;
ALTER TABLE devices ADD COLUMN pending_records INTEGER;
`,
};
