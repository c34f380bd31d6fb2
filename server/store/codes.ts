import { randomInt } from 'node:crypto';
import type { Db } from '../db/open';
import { getSite } from './sites';

/** No 0/O, 1/I/L: a code is read off a screen or paper and typed on a touch keyboard. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** The fixed code `serve --demo` creates: reusable and never expiring, for demos only. */
export const DEMO_CODE = 'DEMO-2026';

/** Codes are compared without case, spaces or dashes: "abcd efgh" and "ABCD-EFGH" are the same. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** ABCDEFGH -> ABCD-EFGH, easier to read aloud. */
export function displayCode(code: string): string {
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export function randomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export interface IssuedCode {
  code: string;
  siteId: string;
  expiresAt: number;
}

/** A single-use enrollment code for one site, valid for `ttlMs`. */
export function issueCode(db: Db, siteId: string, ttlMs: number, now: number): IssuedCode {
  getSite(db, siteId);
  const insert = db.prepare(
    'INSERT INTO enrollment_codes (code, site_id, issued_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING',
  );
  for (;;) {
    const code = randomCode();
    if (insert.run(code, siteId, now, now + ttlMs).changes === 1)
      return { code: displayCode(code), siteId, expiresAt: now + ttlMs };
  }
}

/** Create the demo code for a site if it does not exist yet (idempotent). */
export function ensureDemoCode(db: Db, siteId: string, now: number): void {
  db.prepare(
    'INSERT INTO enrollment_codes (code, site_id, issued_at, expires_at, reusable) VALUES (?, ?, ?, NULL, 1) ON CONFLICT (code) DO NOTHING',
  ).run(normaliseCode(DEMO_CODE), siteId, now);
}

export interface PendingCode {
  code: string;
  siteId: string;
  expiresAt: number | null;
  reusable: boolean;
}

/** Codes that can still enroll a kiosk. */
export function pendingCodes(db: Db, now: number): PendingCode[] {
  const rows = db
    .prepare(
      `SELECT code, site_id, expires_at, reusable FROM enrollment_codes
       WHERE (used_at IS NULL OR reusable = 1) AND (expires_at IS NULL OR expires_at > ?)
       ORDER BY issued_at`,
    )
    .all(now) as { code: string; site_id: string; expires_at: number | null; reusable: number }[];
  return rows.map((r) => ({
    code: displayCode(r.code),
    siteId: r.site_id,
    expiresAt: r.expires_at,
    reusable: r.reusable === 1,
  }));
}

/**
 * Stop a code before its time (a printed code was lost, or handed to the wrong technician): it
 * expires now, so the kiosk that tries it hears "expired" exactly as for one that ran out.
 * Returns false when no such usable code belongs to this site.
 */
export function revokeCode(db: Db, siteId: string, rawCode: string, now: number): boolean {
  return (
    db
      .prepare(
        `UPDATE enrollment_codes SET expires_at = ?
         WHERE code = ? AND site_id = ? AND (used_at IS NULL OR reusable = 1)
           AND (expires_at IS NULL OR expires_at > ?)`,
      )
      .run(now, normaliseCode(rawCode), siteId, now).changes === 1
  );
}
