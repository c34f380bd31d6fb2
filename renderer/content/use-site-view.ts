import { useMemo } from 'react';
import { create } from '../state/create-store';
import { demoSite } from './demo-site';
import type { SiteView } from './site-view';

/**
 * The room's details as last read from the content database (`watch-site-view.ts` keeps this
 * current once the database is open). Kept in a store rather than read here, so that Home's first
 * drawing needs neither Dexie nor zod.
 */
export const useStoredSiteView = create<{ stored: SiteView | undefined }>(() => ({
  stored: undefined,
}));

/** The room's details for Home: what the hub sent, or demo data until it has. */
export function useSiteView(): SiteView {
  const stored = useStoredSiteView((s) => s.stored);
  return useMemo(() => stored ?? demoSite(new Date()), [stored]);
}
