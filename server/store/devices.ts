import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { HubError } from '../hub-error';
import { normaliseCode } from './codes';
import { getSite } from './sites';
import type { SiteSettings } from '../../shared/sync/content';

/** A kiosk whose credential checked out: what routes may know about the caller. */
export interface AuthedDevice {
  id: string;
  siteId: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function newDeviceId(): string {
  let id = 'dev_';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}

export interface Enrollment {
  deviceId: string;
  credential: string;
  site: SiteSettings;
}

/**
 * Trade an enrollment code for a device credential. Spending the code and creating the device
 * happen in one transaction: a code is never spent without a device, nor used twice.
 * The credential is a fresh 256-bit secret per device; only its hash is kept.
 */
export function enrollDevice(
  db: Db,
  rawCode: string,
  label: string | null,
  now: number,
  offsetMs: number,
): Enrollment {
  const code = normaliseCode(rawCode);
  return db
    .transaction((): Enrollment => {
      const row = db
        .prepare(
          'SELECT site_id, expires_at, reusable, used_at FROM enrollment_codes WHERE code = ?',
        )
        .get(code) as
        | { site_id: string; expires_at: number | null; reusable: number; used_at: number | null }
        | undefined;
      if (!row) throw new HubError('enrollment_code_invalid', 'no such enrollment code');
      if (row.reusable === 0 && row.used_at !== null)
        throw new HubError('enrollment_code_used', 'this enrollment code was already used');
      if (row.expires_at !== null && now >= row.expires_at)
        throw new HubError('enrollment_code_expired', 'this enrollment code has expired');
      const site = getSite(db, row.site_id);
      const credential = randomBytes(32).toString('base64url');
      let deviceId = newDeviceId();
      while (db.prepare('SELECT 1 FROM devices WHERE id = ?').get(deviceId))
        deviceId = newDeviceId();
      db.prepare(
        `INSERT INTO devices (id, site_id, label, secret_sha256, enrolled_at, enrolled_with, last_seen, last_offset_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(deviceId, site.siteId, label, hashSecret(credential), now, code, now, offsetMs);
      if (row.reusable === 0)
        db.prepare('UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code = ?').run(
          now,
          deviceId,
          code,
        );
      return { deviceId, credential, site };
    })
    .immediate();
}

/**
 * Check a credential. Unknown device and wrong secret give the same answer; only the holder of a
 * correct secret learns that its device was revoked.
 */
export function authenticateDevice(db: Db, deviceId: string, secret: string): AuthedDevice {
  const row = statement(
    db,
    'SELECT site_id, secret_sha256, revoked_at FROM devices WHERE id = ?',
  ).get(deviceId) as
    { site_id: string; secret_sha256: string; revoked_at: number | null } | undefined;
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(row?.secret_sha256 ?? hashSecret('no device'), 'hex');
  if (!row || !timingSafeEqual(given, stored))
    throw new HubError('unauthenticated', 'unknown device or wrong credential');
  if (row.revoked_at !== null)
    throw new HubError('device_revoked', 'this device was revoked; enroll it again');
  return { id: deviceId, siteId: row.site_id };
}

/** Note a successful sync and, when the kiosk sent its clock, its offset (kiosk minus hub, ms). */
export function seeDevice(db: Db, deviceId: string, now: number, offsetMs: number | null): void {
  statement(
    db,
    'UPDATE devices SET last_seen = ?, last_offset_ms = COALESCE(?, last_offset_ms) WHERE id = ?',
  ).run(now, offsetMs, deviceId);
}

/** Returns false when there is no such device. Revoking twice keeps the first time. */
export function revokeDevice(db: Db, deviceId: string, now: number): boolean {
  const exists = db.prepare('SELECT 1 FROM devices WHERE id = ?').get(deviceId);
  if (!exists) return false;
  db.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(
    now,
    deviceId,
  );
  return true;
}

export interface DeviceStatus {
  id: string;
  siteId: string;
  label: string | null;
  enrolledAt: number;
  revokedAt: number | null;
  lastSeen: number | null;
  lastOffsetMs: number | null;
  highWaterSeq: number;
  recordsReceived: number;
}

export function listDevices(db: Db): DeviceStatus[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.site_id, d.label, d.enrolled_at, d.revoked_at, d.last_seen, d.last_offset_ms, d.high_water_seq,
              (SELECT COUNT(*) FROM records r WHERE r.device_id = d.id) AS received
       FROM devices d ORDER BY d.enrolled_at, d.id`,
    )
    .all() as {
    id: string;
    site_id: string;
    label: string | null;
    enrolled_at: number;
    revoked_at: number | null;
    last_seen: number | null;
    last_offset_ms: number | null;
    high_water_seq: number;
    received: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    label: r.label,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    lastSeen: r.last_seen,
    lastOffsetMs: r.last_offset_ms,
    highWaterSeq: r.high_water_seq,
    recordsReceived: r.received,
  }));
}
