import type { ContentDb } from '../db/content-db';
import type { Catalogue } from '../../shared/catalogue/schema';
import { defaultCatalogue } from '../../shared/catalogue/default';
import { parseCatalogue } from '../../shared/catalogue/validate';

export const CATALOGUE_KEY = 'catalogue';

/**
 * The catalogue to use: a newer one received from the hub if it validates in full, otherwise the
 * one shipped with the build. A broken download can never take the kiosk's front door down.
 */
export async function loadCatalogue(db: ContentDb): Promise<Catalogue> {
  try {
    const entry = await db.content.get(CATALOGUE_KEY);
    if (entry) {
      const parsed = parseCatalogue(entry.value);
      if (parsed.ok && parsed.value.version > defaultCatalogue.version) return parsed.value;
    }
  } catch {
    // Content storage unreadable: fall back to the built-in catalogue.
  }
  return defaultCatalogue;
}
