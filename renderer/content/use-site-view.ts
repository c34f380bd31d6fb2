import { useMemo } from 'react';
import { create } from '../state/create-store';
import { demoSite } from './demo-site';
import type { SiteView } from './site-view';

/**
 * The room's details as last read from the content database (`watch-site-view.ts` keeps this
 * current once the database is open). Kept in a store rather than read here, so that Home's first
 * drawing needs neither Dexie nor zod.
 */
export const useStoredSiteView = create<{ stored: SiteView | undefined; read: boolean }>(() => ({
  stored: undefined,
  /** False until the database has been read once: Home then shows no room details rather than
   * flash the demo ones on a kiosk that has real ones stored. */
  read: false,
}));

/** Whether the stored room details have been read (or could not be): until then show none. */
export function useSiteViewRead(): boolean {
  return useStoredSiteView((s) => s.read);
}

/** The room's details outside React (a save handler): what the hub sent, or the demo room. */
export function currentSiteView(now: Date = new Date()): SiteView {
  return useStoredSiteView.getState().stored ?? demoSite(now);
}

/** The room's details for Home: what the hub sent, or demo data until it has. */
export function useSiteView(): SiteView {
  const stored = useStoredSiteView((s) => s.stored);
  return useMemo(() => stored ?? demoSite(new Date()), [stored]);
}
