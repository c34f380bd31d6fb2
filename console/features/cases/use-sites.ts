import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import type { SiteRow } from '../../../shared/console/views';

/** The rooms by id, for names in lists (a failed load just shows street names instead). */
export function useSites(): Map<string, SiteRow> {
  const sites = useQuery(queries.sites());
  return useMemo(() => new Map((sites.data?.sites ?? []).map((s) => [s.siteId, s])), [sites.data]);
}
