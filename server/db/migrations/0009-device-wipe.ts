import type { Migration } from '../migrate';

/**
 * Remote wipe of a lost kiosk (docs/privacy.md, "A lost or stolen kiosk"). An admin marks a
 * device lost; at its next contact the hub tells it to erase what it holds, and revokes its
 * credential once the kiosk confirms. No personal information: times, a yes/no, and who decided
 * (`cli`, or a console account id).
 */
export const deviceWipe: Migration = {
  version: 9,
  name: 'device-wipe',
  sql: `
ALTER TABLE devices ADD COLUMN lost_at INTEGER;          -- marked lost; the wipe is asked at the next contact
ALTER TABLE devices ADD COLUMN lost_send_first INTEGER;  -- 1: accept its pending records first; 0: wipe at once
ALTER TABLE devices ADD COLUMN lost_by TEXT;             -- 'cli' or the console account that marked it
ALTER TABLE devices ADD COLUMN wiped_at INTEGER;         -- the kiosk confirmed its wipe (then revoked_at is set)
`,
};
