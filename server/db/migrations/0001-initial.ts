import type { Migration } from '../migrate';

/**
 * The first hub schema. Times the hub measures are integers (ms since the epoch, the hub's
 * clock); times a kiosk reported are kept as the text it sent, so nothing is lost by parsing.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  street TEXT NOT NULL,
  settings TEXT NOT NULL,           -- SiteSettings JSON
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE enrollment_codes (
  code TEXT PRIMARY KEY,            -- normalised: upper case, no dashes or spaces
  site_id TEXT NOT NULL REFERENCES sites(id),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER,               -- NULL: never expires (only the --demo code)
  reusable INTEGER NOT NULL DEFAULT 0 CHECK (reusable IN (0, 1)),
  used_at INTEGER,
  used_by TEXT
) STRICT;

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  site_id TEXT NOT NULL REFERENCES sites(id),
  label TEXT,
  secret_sha256 TEXT NOT NULL,      -- the credential itself is never stored
  enrolled_at INTEGER NOT NULL,
  enrolled_with TEXT NOT NULL,
  revoked_at INTEGER,
  last_seen INTEGER,
  last_offset_ms INTEGER,           -- kiosk clock minus hub clock at the last sync
  high_water_seq INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE records (
  id TEXT PRIMARY KEY,              -- the kiosk's UUID v7: the key to exactly-once
  device_id TEXT NOT NULL REFERENCES devices(id),
  site_id TEXT NOT NULL REFERENCES sites(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,               -- the validated KioskRecord JSON
  kiosk_created_at TEXT NOT NULL,   -- record.createdAt, the kiosk's clock
  kiosk_queued_at TEXT NOT NULL,    -- the push item's kioskTime
  received_at INTEGER NOT NULL,     -- the hub's clock at commit
  kiosk_offset_ms INTEGER NOT NULL  -- the device's clock offset measured with this push
) STRICT;
CREATE INDEX records_by_device ON records(device_id, seq);

-- Records the hub deleted or archived on purpose: a re-send is answered "gone", never stored.
CREATE TABLE tombstones (
  id TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;

CREATE TRIGGER records_never_resurrect BEFORE INSERT ON records
WHEN EXISTS (SELECT 1 FROM tombstones WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'record id is tombstoned');
END;

-- The pull feed: content for kiosks. site_id NULL means every site (e.g. the catalogue).
CREATE TABLE changes (
  cursor INTEGER PRIMARY KEY AUTOINCREMENT,
  site_id TEXT REFERENCES sites(id),
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  body TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX changes_by_key ON changes(kind, key, site_id);
`,
};
