import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useKiosk } from '../app/kiosk-context';
import { demoSite } from './demo-site';
import { readSiteView } from './site-store';
import type { SiteView } from './site-view';

/** The room's details for Home: what the hub sent, or demo data until it has. */
export function useSiteView(): SiteView {
  const { content } = useKiosk();
  const stored = useLiveQuery(() => readSiteView(content, new Date()), [content]);
  return useMemo(() => stored ?? demoSite(new Date()), [stored]);
}
