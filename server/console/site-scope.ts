import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { Account } from './accounts';
import type { ScopeKind } from '../../shared/console/access';
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

/** Whether the account's scope on a route reaches this room (or this street, for a new room). */
export function streetInScope(kind: ScopeKind, account: Account, street: StreetId): boolean {
  if (kind === 'district') return true;
  if (kind === 'street') return account.scope.street === street;
  return false;
}
