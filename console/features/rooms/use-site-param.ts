import { useParams } from '@tanstack/react-router';
import { SiteId } from '../../../shared/sync/content';

/** The room in the address (`/rooms/$siteId`), checked with the shared schema; '' if malformed. */
export function useSiteParam(): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  return SiteId.safeParse(params.siteId).data ?? '';
}
