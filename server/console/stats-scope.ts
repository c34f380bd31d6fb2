import type { Db } from '../db/open';
import { statement } from '../db/statements';
import type { Account } from './accounts';
import { ConsoleRefusal } from './refusal';
import type { ScopeKind } from '../../shared/console/access';
import { StatsScopeParams } from '../../shared/stats/requests';
import type { StreetId } from '../../shared/sites';

/**
 * Whether the district, street or room a statistics request names is in the caller's scope: the
 * district roles reach any; a street office its own street and that street's rooms. A street
 * office asking for the district or another street is refused (`out_of_scope`), not quietly
 * given its own street: a dashboard or an export labelled with the wrong place would mislead.
 * Returns the checked place for the audit line, or throws `bad_request` for a malformed one.
 */
export function statsScopeInScope(
  db: Db,
  kind: ScopeKind,
  account: Account,
  query: unknown,
): { inScope: boolean; place: string } {
  const parsed = StatsScopeParams.safeParse(query);
  if (!parsed.success) throw new ConsoleRefusal('bad_request', 'query: scope and id');
  const { scope, id } = parsed.data;
  const place = id === undefined ? scope : `${scope}:${id}`;
  if (kind === 'district') return { inScope: true, place };
  if (kind !== 'street' || account.scope.street === null) return { inScope: false, place };
  if (scope === 'street') return { inScope: id === account.scope.street, place };
  if (scope === 'room' && id !== undefined) {
    const street = statement(db, 'SELECT street FROM sites WHERE id = ?').pluck().get(id) as
      StreetId | undefined;
    return { inScope: street === account.scope.street, place };
  }
  return { inScope: false, place };
}
