import { liveQuery } from '../db/live';
import type { ContentDb } from '../db/content-db';
import { readSiteView } from './site-store';
import { useStoredSiteView } from './use-site-view';

/**
 * Follow the room's details in the content database: every change the pull stores (site, rota,
 * theme) reaches Home at once. Returns the function that stops following.
 */
export function watchSiteView(content: ContentDb): () => void {
  const subscription = liveQuery(() => readSiteView(content, new Date())).subscribe({
    next: (stored) => useStoredSiteView.setState({ stored, read: true }),
    // An unreadable database leaves Home on the demo details at worst, never blank.
    error: () => useStoredSiteView.setState({ read: true }),
  });
  return () => subscription.unsubscribe();
}
