import { useState } from 'react';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { useListQuery } from '../../app/search';
import { STATS_SCOPES, StatsQuery } from '../../../shared/stats/figures';
import { Month, shanghaiMonth } from '../../../shared/stats/month';
import { PERIOD_KINDS, periodOf } from '../../../shared/stats/period';

/** What the statistics screens keep in the URL: the place, the period and how it was picked. */
const PlaceSearch = z.object({
  scope: z.enum(STATS_SCOPES).optional(),
  id: z.string().min(1).max(64).optional(),
  from: Month.optional(),
  to: Month.optional(),
  period: z.enum(PERIOD_KINDS).optional(),
});
export type PlaceSearch = z.infer<typeof PlaceSearch>;

/**
 * The place and period the statistics screens show, from the URL, with defaults for the role: a
 * street office starts at its street, everyone else at the district; the period starts as this
 * year so far. What the URL asks for beyond the caller's scope the hub refuses anyway.
 */
export function useStatsPlace() {
  const { session } = useSession();
  const [search, setSearch] = useListQuery(PlaceSearch);
  const street = session.account.scope.street;
  // The month the screen opened in (not re-read at every render).
  const [current] = useState(() => shanghaiMonth(Date.now()));
  const year = periodOf('year', current);
  const candidate = {
    scope: search.scope ?? (street ? 'street' : 'district'),
    id: search.scope ? search.id : (street ?? undefined),
    from: search.from ?? year.from,
    to: search.to ?? current,
  };
  const parsed = StatsQuery.safeParse(candidate);
  const query: StatsQuery = parsed.success
    ? parsed.data
    : street
      ? { scope: 'street', id: street, from: year.from, to: current }
      : { scope: 'district', from: year.from, to: current };
  return {
    query,
    period: search.period ?? 'year',
    current,
    set: (change: PlaceSearch) => setSearch(change),
  };
}
