import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { StreetId } from '../../shared/sites';

/** What scope checks need to know about a room: its street. */
export interface SiteScopeInfo {
  siteId: string;
  street: StreetId;
}

export function siteScopeInfo(db: Db, siteId: string): SiteScopeInfo | null {
  const row = statement(db, 'SELECT street FROM sites WHERE id = ?').get(siteId) as
    { street: StreetId } | undefined;
  return row ? { siteId, street: row.street } : null;
}
