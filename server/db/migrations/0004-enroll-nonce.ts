import type { Migration } from '../migrate';

/**
 * Idempotent enrollment (docs/sync-protocol.md, "Enrollment and auth"). The kiosk makes its own
 * credential before it asks to enroll, so the enrollment's "nonce" IS the credential and the hub
 * already keeps only its SHA-256 (`devices.secret_sha256`): no new column, nothing secret added.
 * A re-send is recognised as "a device enrolled with this code whose credential hash is this";
 * this index answers that on every enroll and preview.
 */
export const enrollNonce: Migration = {
  version: 4,
  name: 'enroll-nonce',
  sql: `
CREATE INDEX IF NOT EXISTS devices_by_enrollment ON devices(enrolled_with, secret_sha256);
`,
};
