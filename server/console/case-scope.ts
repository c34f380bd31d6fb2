import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { Account } from './accounts';
import type { ScopeKind } from '../../shared/console/access';
import type { ServiceId } from '../../shared/catalogue/ids';
import type { StreetId } from '../../shared/sites';

/** What scope checks need to know about a case: its room's street and the teams it went to. */
export interface CaseScopeInfo {
  caseId: string;
  siteId: string;
  street: StreetId;
  /** Teams routed to it or asked for a home visit (case_teams), with their stage. */
  teams: { team: ServiceId; stage: string; handedBack: boolean }[];
}

export function caseScopeInfo(db: Db, caseId: string): CaseScopeInfo | null {
  const row = statement(
    db,
    'SELECT c.site_id, s.street FROM cases c JOIN sites s ON s.id = c.site_id WHERE c.case_id = ?',
  ).get(caseId) as { site_id: string; street: StreetId } | undefined;
  if (!row) return null;
  const teams = statement(db, 'SELECT team, stage, handed_back FROM case_teams WHERE case_id = ?')
    .all(caseId)
    .map((t) => {
      const r = t as { team: ServiceId; stage: string; handed_back: number };
      return { team: r.team, stage: r.stage, handedBack: r.handed_back === 1 };
    });
  return { caseId, siteId: row.site_id, street: row.street, teams };
}

/** Whether a street is one a team member works for (no list: every street). */
export function teamCoversStreet(account: Account, street: StreetId): boolean {
  return account.scope.streets.length === 0 || account.scope.streets.includes(street);
}

/** Whether the account's scope on a route reaches this case. */
export function caseInScope(kind: ScopeKind, account: Account, target: CaseScopeInfo): boolean {
  switch (kind) {
    case 'district':
      return true;
    case 'street':
      return account.scope.street === target.street;
    case 'team':
      return (
        account.scope.service !== null &&
        target.teams.some((t) => t.team === account.scope.service) &&
        teamCoversStreet(account, target.street)
      );
    case 'self':
      return false;
  }
}

/** Whether the account's scope on a route reaches an object of this street (not a case's teams). */
export function streetInScope(kind: ScopeKind, account: Account, street: StreetId): boolean {
  return kind === 'district' || (kind === 'street' && account.scope.street === street);
}
