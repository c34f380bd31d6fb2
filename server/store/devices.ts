import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { HubError } from '../hub-error';
import { checkEnrollmentCode } from './enrollment-code';
import { getSite } from './sites';
import type { SiteSettings } from '../../shared/sync/content';
import type { KioskReport, SitePreview } from '../../shared/sync/protocol';
import type { LostStanding } from './device-wipe';

/** A kiosk whose credential checked out: what routes may know about the caller. */
export interface AuthedDevice {
  id: string;
  siteId: string;
  /** Marked lost and not yet wiped (store/device-wipe.ts); absent or null otherwise. */
  lost?: LostStanding | null;
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
  /** This was a re-send by the kiosk that enrolled with this code and credential before. */
  resent: boolean;
}

/** A fresh 256-bit secret: what a kiosk makes for itself (the default is for tests and tools). */
export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Trade an enrollment code for a device. Spending the code and creating the device happen in one
 * transaction: a code is never spent without a device, nor used twice. The credential is the
 * kiosk's own 256-bit secret (EnrollRequest.credential); only its hash is kept. The same code with
 * the same credential again, within the code's lifetime, is a re-send after a lost answer: it gets
 * the same device back and spends nothing more (docs/sync-protocol.md, "Enrollment and auth").
 */
export function enrollDevice(
  db: Db,
  rawCode: string,
  label: string | null,
  now: number,
  offsetMs: number,
  credential: string = newCredential(),
): Enrollment {
  const secretSha256 = hashSecret(credential);
  return db
    .transaction((): Enrollment => {
      const standing = checkEnrollmentCode(db, rawCode, now, secretSha256);
      const site = getSite(db, standing.siteId);
      if (standing.earlierDevice !== null) {
        seeDevice(db, standing.earlierDevice, now, offsetMs);
        return { deviceId: standing.earlierDevice, credential, site, resent: true };
      }
      let deviceId = newDeviceId();
      while (db.prepare('SELECT 1 FROM devices WHERE id = ?').get(deviceId))
        deviceId = newDeviceId();
      db.prepare(
        `INSERT INTO devices (id, site_id, label, secret_sha256, enrolled_at, enrolled_with, last_seen, last_offset_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(deviceId, site.siteId, label, secretSha256, now, standing.code, now, offsetMs);
      if (!standing.reusable)
        db.prepare('UPDATE enrollment_codes SET used_at = ?, used_by = ? WHERE code = ?').run(
          now,
          deviceId,
          standing.code,
        );
      return { deviceId, credential, site, resent: false };
    })
    .immediate();
}

/**
 * The site a code belongs to, without spending it: the technician confirms the room first.
 * Refuses exactly as `enrollDevice` would; a kiosk whose enroll answer was lost may send its
 * credential to see its own spent code's site again.
 */
export function previewEnrollment(
  db: Db,
  rawCode: string,
  now: number,
  credential: string | null,
): SitePreview {
  const standing = checkEnrollmentCode(
    db,
    rawCode,
    now,
    credential === null ? null : hashSecret(credential),
  );
  const { siteId, street, roomName, address } = getSite(db, standing.siteId);
  return { siteId, street, roomName, address };
}

/**
 * Check a credential. Unknown device and wrong secret give the same answer; only the holder of a
 * correct secret learns that its device was revoked.
 */
export function authenticateDevice(db: Db, deviceId: string, secret: string): AuthedDevice {
  const row = statement(
    db,
    'SELECT site_id, secret_sha256, revoked_at, lost_at, lost_send_first FROM devices WHERE id = ?',
  ).get(deviceId) as
    | {
        site_id: string;
        secret_sha256: string;
        revoked_at: number | null;
        lost_at: number | null;
        lost_send_first: number | null;
      }
    | undefined;
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(row?.secret_sha256 ?? hashSecret('no device'), 'hex');
  if (!row || !timingSafeEqual(given, stored))
    throw new HubError('unauthenticated', 'unknown device or wrong credential');
  if (row.revoked_at !== null)
    throw new HubError('device_revoked', 'this device was revoked; enroll it again');
  const lost = row.lost_at === null ? null : { sendFirst: row.lost_send_first === 1 };
  return { id: deviceId, siteId: row.site_id, lost };
}

/** Note a successful sync and, when the kiosk sent its clock, its offset (kiosk minus hub, ms). */
export function seeDevice(db: Db, deviceId: string, now: number, offsetMs: number | null): void {
  statement(
    db,
    'UPDATE devices SET last_seen = ?, last_offset_ms = COALESCE(?, last_offset_ms) WHERE id = ?',
  ).run(now, offsetMs, deviceId);
}

/** Keep what a kiosk said about itself with a pull; what it left out stays as it was. */
export function noteKioskReport(db: Db, deviceId: string, report: KioskReport): void {
  if (report.app === undefined && report.renderer === undefined && report.pending === undefined)
    return;
  statement(
    db,
    `UPDATE devices SET app_version = COALESCE(?, app_version),
       renderer_version = COALESCE(?, renderer_version),
       pending_records = COALESCE(?, pending_records) WHERE id = ?`,
  ).run(report.app ?? null, report.renderer ?? null, report.pending ?? null, deviceId);
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
  /** Marked lost (remote wipe asked), and whether its pending records are taken first. */
  lostAt: number | null;
  lostSendFirst: boolean;
  /** The kiosk confirmed its wipe. */
  wipedAt: number | null;
  lastSeen: number | null;
  lastOffsetMs: number | null;
  highWaterSeq: number;
  recordsReceived: number;
  /** What the kiosk last reported at a pull (null: never, or a kiosk too old to say). */
  pendingRecords: number | null;
  appVersion: string | null;
  rendererVersion: string | null;
}

export function listDevices(db: Db): DeviceStatus[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.site_id, d.label, d.enrolled_at, d.revoked_at, d.lost_at, d.lost_send_first, d.wiped_at, d.last_seen, d.last_offset_ms, d.high_water_seq,
              d.pending_records, d.app_version, d.renderer_version,
              (SELECT COUNT(*) FROM records r WHERE r.device_id = d.id) AS received
       FROM devices d ORDER BY d.enrolled_at, d.id`,
    )
    .all() as {
    id: string;
    site_id: string;
    label: string | null;
    enrolled_at: number;
    revoked_at: number | null;
    lost_at: number | null;
    lost_send_first: number | null;
    wiped_at: number | null;
    last_seen: number | null;
    last_offset_ms: number | null;
    high_water_seq: number;
    pending_records: number | null;
    app_version: string | null;
    renderer_version: string | null;
    received: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    label: r.label,
    enrolledAt: r.enrolled_at,
    revokedAt: r.revoked_at,
    lostAt: r.lost_at,
    lostSendFirst: r.lost_send_first === 1,
    wipedAt: r.wiped_at,
    lastSeen: r.last_seen,
    lastOffsetMs: r.last_offset_ms,
    highWaterSeq: r.high_water_seq,
    recordsReceived: r.received,
    pendingRecords: r.pending_records,
    appVersion: r.app_version,
    rendererVersion: r.renderer_version,
  }));
}

/**
 * A device's state in words for `device list` and `status`: active, revoked, or, for a remote
 * wipe, lost (asked, waiting for its next contact), wiped (confirmed), or lost and never called
 * again since it was marked (a stolen kiosk kept offline: its data may still be on it).
 */
export function deviceState(d: DeviceStatus): string {
  if (d.wipedAt !== null) return 'wiped';
  if (d.lostAt !== null) {
    const how = d.lostSendFirst ? 'lost, send first' : 'lost';
    return d.lastSeen === null || d.lastSeen <= d.lostAt ? `${how}, never called since` : how;
  }
  return d.revokedAt === null ? 'active' : 'revoked';
}
