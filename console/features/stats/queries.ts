import { api, queryString } from '../../api/client';
import { apiPath } from '../../../shared/console/access';
import { StatsFigures, type StatsQuery } from '../../../shared/stats/figures';
import type { LowRatingsQuery } from '../../../shared/stats/requests';
import { LowRatings, SatisfactionByRoom } from '../../../shared/stats/review';

/**
 * The statistics screens' reads, as TanStack Query options (like console/api/queries.ts), kept
 * in the feature so their schemas load with the screens, not with the console's first download.
 */
export const statsQueries = {
  stats: (q: StatsQuery) => ({
    queryKey: ['stats', q] as const,
    queryFn: () => api.get(apiPath('stats.read') + queryString({ ...q }), StatsFigures),
    staleTime: 60_000,
  }),
  satisfaction: (q: StatsQuery) => ({
    queryKey: ['stats-satisfaction', q] as const,
    queryFn: () =>
      api.get(apiPath('stats.satisfaction') + queryString({ ...q }), SatisfactionByRoom),
  }),
  lowRatings: (q: LowRatingsQuery) => ({
    queryKey: ['stats-low-ratings', q] as const,
    queryFn: () => api.get(apiPath('stats.lowRatings') + queryString({ ...q }), LowRatings),
  }),
};
