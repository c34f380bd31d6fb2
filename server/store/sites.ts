import type { Db } from '../db/open';
import { HubError } from '../hub-error';
import { appendChange } from './changes';
import { streetById, type StreetId } from '../../shared/sites';
import { Rota, SiteSettings, ThemeActivity } from '../../shared/sync/content';
import type { CataloguePublication } from '../../shared/sync/content';

/** A new site's id: the street id, or street-2, street-3... when the street has more rooms. */
export function nextSiteId(db: Db, street: StreetId): string {
  const taken = new Set(
    (db.prepare('SELECT id FROM sites WHERE street = ?').all(street) as { id: string }[]).map(
      (r) => r.id,
    ),
  );
  if (!taken.has(street)) return street;
  let n = 2;
  while (taken.has(`${street}-${n}`)) n++;
  return `${street}-${n}`;
}

export interface NewSite {
  street: StreetId;
  roomName: { 'zh-CN': string; en?: string };
  address: { 'zh-CN': string; en?: string };
  openingHours?: { 'zh-CN': string; en?: string };
}

/** Register a living room. Text given in Chinese only is shown in English as the same text. */
export function addSite(db: Db, input: NewSite, now: number): SiteSettings {
  const both = (t: { 'zh-CN': string; en?: string }) => ({
    'zh-CN': t['zh-CN'],
    en: t.en ?? t['zh-CN'],
  });
  const settings = SiteSettings.parse({
    siteId: nextSiteId(db, input.street),
    street: input.street,
    roomName: both(input.roomName),
    address: both(input.address),
    openingHours: both(
      input.openingHours ?? { 'zh-CN': '周一至周五 9:00-17:00', en: 'Mon-Fri 9:00-17:00' },
    ),
    xServices: [],
  });
  return db.transaction(() => {
    db.prepare(
      'INSERT INTO sites (id, street, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
    ).run(settings.siteId, settings.street, JSON.stringify(settings), now, now);
    appendChange(
      db,
      { siteId: settings.siteId, kind: 'site', key: settings.siteId, body: settings },
      now,
    );
    return settings;
  })();
}

export function findSite(db: Db, siteId: string): SiteSettings | null {
  const row = db.prepare('SELECT settings FROM sites WHERE id = ?').get(siteId) as
    { settings: string } | undefined;
  return row ? SiteSettings.parse(JSON.parse(row.settings)) : null;
}

export function getSite(db: Db, siteId: string): SiteSettings {
  const site = findSite(db, siteId);
  if (!site) throw new HubError('unknown_site', `no site with id ${siteId}`);
  return site;
}

export function listSites(db: Db): SiteSettings[] {
  return (db.prepare('SELECT settings FROM sites ORDER BY id').all() as { settings: string }[]).map(
    (r) => SiteSettings.parse(JSON.parse(r.settings)),
  );
}

/**
 * Replace a site's settings (the site id and street cannot change). Publishes a change only when
 * something differs, so re-running a seed or an admin command does not churn kiosks.
 * Returns whether anything changed.
 */
export function setSiteSettings(db: Db, settings: SiteSettings, now: number): boolean {
  const current = getSite(db, settings.siteId);
  if (current.street !== settings.street) {
    throw new HubError(
      'bad_request',
      `site ${settings.siteId} belongs to ${streetById(current.street).en}; the street cannot change`,
    );
  }
  if (JSON.stringify(current) === JSON.stringify(settings)) return false;
  db.transaction(() => {
    db.prepare('UPDATE sites SET settings = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(settings),
      now,
      settings.siteId,
    );
    appendChange(
      db,
      { siteId: settings.siteId, kind: 'site', key: settings.siteId, body: settings },
      now,
    );
  })();
  return true;
}

/** Publish the weekly duty rota (每周轮班值守) of a site. Returns whether it changed. */
export function setRota(db: Db, siteId: string, rota: Rota, now: number): boolean {
  getSite(db, siteId);
  return publishIfChanged(db, siteId, 'rota', siteId, rota, now);
}

/** Publish a month's theme activity (每月主题活动) for a site. Returns whether it changed. */
export function setTheme(db: Db, siteId: string, theme: ThemeActivity, now: number): boolean {
  getSite(db, siteId);
  return publishIfChanged(db, siteId, 'theme', theme.month, theme, now);
}

/** Publish a catalogue to every kiosk. Returns whether it changed. */
export function publishCatalogue(db: Db, catalogue: CataloguePublication, now: number): boolean {
  return publishIfChanged(db, null, 'catalogue', 'catalogue', catalogue, now);
}

function publishIfChanged(
  db: Db,
  siteId: string | null,
  kind: 'rota' | 'theme' | 'catalogue',
  key: string,
  body: unknown,
  now: number,
): boolean {
  const current = db
    .prepare('SELECT body FROM changes WHERE kind = ? AND key = ? AND site_id IS ?')
    .get(kind, key, siteId) as { body: string } | undefined;
  const next = JSON.stringify(body);
  if (current?.body === next) return false;
  appendChange(db, { siteId, kind, key, body }, now);
  return true;
}

/** A room as the console lists it: its settings and whether it was retired. */
export interface RoomRecord {
  settings: SiteSettings;
  retiredAt: number | null;
}

/** The rooms of one street, or of every street (null), retired ones last. */
export function listRooms(db: Db, street: StreetId | null): RoomRecord[] {
  const rows = db
    .prepare(
      `SELECT settings, retired_at FROM sites WHERE (? IS NULL OR street = ?)
       ORDER BY retired_at IS NOT NULL, id`,
    )
    .all(street, street) as { settings: string; retired_at: number | null }[];
  return rows.map((r) => ({
    settings: SiteSettings.parse(JSON.parse(r.settings)),
    retiredAt: r.retired_at,
  }));
}

/** When the room was retired, or null while it runs. Unknown site: HubError `unknown_site`. */
export function siteRetiredAt(db: Db, siteId: string): number | null {
  const row = db.prepare('SELECT retired_at FROM sites WHERE id = ?').get(siteId) as
    { retired_at: number | null } | undefined;
  if (!row) throw new HubError('unknown_site', `no site with id ${siteId}`);
  return row.retired_at;
}

/**
 * Retire a room: the row stays (its cases, records and statistics name it), but in one
 * transaction every kiosk of it is revoked and every code for it stops working, so nothing can
 * enroll into it or sync for it any more. Returns false when it was retired already.
 */
export function retireSite(db: Db, siteId: string, now: number): boolean {
  return db.transaction(() => {
    if (siteRetiredAt(db, siteId) !== null) return false;
    db.prepare('UPDATE sites SET retired_at = ?, updated_at = ? WHERE id = ?').run(
      now,
      now,
      siteId,
    );
    db.prepare('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE site_id = ?').run(
      now,
      siteId,
    );
    db.prepare(
      'UPDATE enrollment_codes SET expires_at = ? WHERE site_id = ? AND (expires_at IS NULL OR expires_at > ?)',
    ).run(now, siteId, now);
    return true;
  })();
}

/** The rota a site's kiosks have now (the last one published), or an empty one. */
export function currentRota(db: Db, siteId: string): Rota {
  const row = db
    .prepare(
      "SELECT body FROM changes WHERE kind = 'rota' AND key = ? AND site_id = ? ORDER BY cursor DESC LIMIT 1",
    )
    .get(siteId, siteId) as { body: string } | undefined;
  return row ? Rota.parse(JSON.parse(row.body)) : { entries: [] };
}

/** A site's published theme for one month (YYYY-MM), or null. */
export function currentTheme(db: Db, siteId: string, month: string): ThemeActivity | null {
  const row = db
    .prepare(
      "SELECT body FROM changes WHERE kind = 'theme' AND key = ? AND site_id = ? ORDER BY cursor DESC LIMIT 1",
    )
    .get(month, siteId) as { body: string } | undefined;
  return row ? ThemeActivity.parse(JSON.parse(row.body)) : null;
}
