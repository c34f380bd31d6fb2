import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { queries } from '../api/queries';
import { apiPath } from '../../shared/console/access';
import { LiveCounts } from '../../shared/console/views';

/**
 * The navigation's counts, live: the hub's Server-Sent Events push new counts when they change,
 * and each change refreshes the lists on screen, so new and overdue cases appear without a
 * reload. Without the stream (a proxy that buffers it), the counts are polled every minute.
 */
export function useLiveCounts(onEnded: () => void) {
  const client = useQueryClient();
  const [connected, setConnected] = useState(false);
  const counts = useQuery({ ...queries.live(), refetchInterval: connected ? false : 60_000 });
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(apiPath('live.events'));
    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('counts', (event) => {
      const parsed = LiveCounts.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) return;
      const before = client.getQueryData<LiveCounts>(queries.live().queryKey);
      client.setQueryData(queries.live().queryKey, parsed.data);
      if (
        before &&
        (before.fresh !== parsed.data.fresh || before.overdue !== parsed.data.overdue)
      ) {
        void client.invalidateQueries({ queryKey: ['team-cases'] });
        void client.invalidateQueries({ queryKey: ['cases'] });
      }
    });
    source.addEventListener('ended', () => {
      source.close();
      setConnected(false);
      onEnded();
    });
    return () => source.close();
  }, [client, onEnded]);
  return { counts: counts.data ?? null, connected };
}
