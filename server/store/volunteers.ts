import type { Db } from '../db/open';
import { appendChange } from './changes';
import { getSite } from './sites';
import { PinHash } from '../../shared/desk/pin';
import {
  HubVolunteerRoster,
  ROSTER_MAX,
  Volunteer,
  type HubVolunteerRoster as Roster,
} from '../../shared/desk/volunteers';

/**
 * Each site's desk volunteers (docs/cases.md, "Desk access"). The hub keeps a PIN only as the
 * hash the admin command made (shared/desk/pin.ts) and publishes the site's whole roster of
 * active volunteers as one `volunteers` change after every change, in the same transaction, so
 * the feed always carries the roster the table holds. Only that site's kiosks receive it.
 */
export interface VolunteerRow {
  siteId: string;
  id: string;
  name: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Why a change was refused; the admin command turns it into a message (exit 2). */
export type VolunteerRefusal =
  /** The id is taken at this site, by an active volunteer or a removed one. */
  | 'duplicate'
  | 'rosterFull'
  | 'unknownVolunteer'
  /** The volunteer was removed; a removed id is not brought back. */
  | 'removed';

export type VolunteerOutcome = { ok: true } | { ok: false; refusal: VolunteerRefusal };

interface Row {
  site_id: string;
  id: string;
  name: string;
  pin_hash: string;
  active: number;
  created_at: number;
  updated_at: number;
}

function findRow(db: Db, siteId: string, id: string): Row | undefined {
  return db.prepare('SELECT * FROM volunteers WHERE site_id = ? AND id = ?').get(siteId, id) as
    Row | undefined;
}

function activeCount(db: Db, siteId: string): number {
  return (
    db
      .prepare('SELECT COUNT(*) AS n FROM volunteers WHERE site_id = ? AND active = 1')
      .get(siteId) as { n: number }
  ).n;
}

/**
 * The roster kiosks receive: active volunteers in the order they were added. A stored hash that
 * no longer validates (it never should) is left out rather than sent to refuse the whole roster.
 */
export function siteRoster(db: Db, siteId: string): Roster {
  const rows = db
    .prepare('SELECT * FROM volunteers WHERE site_id = ? AND active = 1 ORDER BY created_at, rowid')
    .all(siteId) as Row[];
  const volunteers = rows.flatMap((r) => {
    const pin: unknown = JSON.parse(r.pin_hash);
    const parsed = Volunteer.safeParse({ id: r.id, name: r.name, pin });
    return parsed.success ? [parsed.data] : [];
  });
  return HubVolunteerRoster.parse({ demo: false, volunteers });
}

/** Put the site's current roster in its kiosks' pull feed (replacing the previous one). */
function publishRoster(db: Db, siteId: string, now: number): void {
  appendChange(db, { siteId, kind: 'volunteers', key: siteId, body: siteRoster(db, siteId) }, now);
}

/** Add a volunteer with a PIN hash. Unknown site: HubError `unknown_site`. */
export function addVolunteer(
  db: Db,
  siteId: string,
  volunteer: Volunteer,
  now: number,
): VolunteerOutcome {
  getSite(db, siteId);
  const v = Volunteer.parse(volunteer);
  return db.transaction((): VolunteerOutcome => {
    if (findRow(db, siteId, v.id)) return { ok: false, refusal: 'duplicate' };
    if (activeCount(db, siteId) >= ROSTER_MAX) return { ok: false, refusal: 'rosterFull' };
    db.prepare(
      `INSERT INTO volunteers (site_id, id, name, pin_hash, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)`,
    ).run(siteId, v.id, v.name, JSON.stringify(v.pin), now, now);
    publishRoster(db, siteId, now);
    return { ok: true };
  })();
}

/** Every volunteer of a site, removed ones too; never their hashes. */
export function listVolunteers(db: Db, siteId: string): VolunteerRow[] {
  getSite(db, siteId);
  return (
    db
      .prepare('SELECT * FROM volunteers WHERE site_id = ? ORDER BY active DESC, created_at, rowid')
      .all(siteId) as Row[]
  ).map((r) => ({
    siteId: r.site_id,
    id: r.id,
    name: r.name,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** Remove a volunteer from the desk: the row stays (inactive), the roster no longer has them. */
export function removeVolunteer(db: Db, siteId: string, id: string, now: number): VolunteerOutcome {
  getSite(db, siteId);
  return db.transaction((): VolunteerOutcome => {
    const row = findRow(db, siteId, id);
    if (!row) return { ok: false, refusal: 'unknownVolunteer' };
    if (row.active === 0) return { ok: false, refusal: 'removed' };
    db.prepare('UPDATE volunteers SET active = 0, updated_at = ? WHERE site_id = ? AND id = ?').run(
      now,
      siteId,
      id,
    );
    publishRoster(db, siteId, now);
    return { ok: true };
  })();
}

/** Give an active volunteer a new PIN (a forgotten one cannot be read back: it is a hash). */
export function resetVolunteerPin(
  db: Db,
  siteId: string,
  id: string,
  pin: PinHash,
  now: number,
): VolunteerOutcome {
  getSite(db, siteId);
  const hash = PinHash.parse(pin);
  return db.transaction((): VolunteerOutcome => {
    const row = findRow(db, siteId, id);
    if (!row) return { ok: false, refusal: 'unknownVolunteer' };
    if (row.active === 0) return { ok: false, refusal: 'removed' };
    db.prepare(
      'UPDATE volunteers SET pin_hash = ?, updated_at = ? WHERE site_id = ? AND id = ?',
    ).run(JSON.stringify(hash), now, siteId, id);
    publishRoster(db, siteId, now);
    return { ok: true };
  })();
}

/** The stored hash of one volunteer, active or not, for the demo seed's idempotence check. */
export function volunteerPinHash(
  db: Db,
  siteId: string,
  id: string,
): { pin: PinHash; active: boolean; name: string } | null {
  const row = findRow(db, siteId, id);
  if (!row) return null;
  const pin = PinHash.safeParse(JSON.parse(row.pin_hash) as unknown);
  return pin.success ? { pin: pin.data, active: row.active === 1, name: row.name } : null;
}

/**
 * Make a volunteer present and active with this name and PIN hash (the demo seed), publishing the
 * roster once if anything changed. Returns whether it did.
 */
export function putVolunteer(db: Db, siteId: string, volunteer: Volunteer, now: number): boolean {
  getSite(db, siteId);
  const v = Volunteer.parse(volunteer);
  return db.transaction(() => {
    const row = findRow(db, siteId, v.id);
    const hash = JSON.stringify(v.pin);
    if (row && row.active === 1 && row.name === v.name && row.pin_hash === hash) return false;
    db.prepare(
      `INSERT INTO volunteers (site_id, id, name, pin_hash, active, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (site_id, id) DO UPDATE SET
         name = excluded.name, pin_hash = excluded.pin_hash, active = 1, updated_at = excluded.updated_at`,
    ).run(siteId, v.id, v.name, hash, now, now);
    publishRoster(db, siteId, now);
    return true;
  })();
}
