import type { ServiceId } from '../catalogue/ids';
import type { LocalText, XService } from '../sync/content';
import type { SiteOffer } from './recommend';

/** One weekly duty slot, as the rota names it (ISO weekday: 1 = Monday ... 7 = Sunday). */
export interface DutySlot {
  weekday: number;
  start: string;
  end: string;
  serviceId: string;
}

/**
 * A room's own "X" service (自选式) as residents see it: its name, what it helps with (when the
 * hub says) and when someone is there.
 */
export interface RoomXService {
  id: ServiceId;
  name: LocalText;
  /** One plain line on what it helps with; absent when the hub sent none. */
  summary?: LocalText;
  /** The weekly slots staffed for it, Monday first; empty when the rota does not name it. */
  slots: DutySlot[];
}

/** What `recommend()` needs to know of a room: the ids of the X services it offers. */
export function siteOffer(xServices: readonly Pick<XService, 'id'>[]): SiteOffer {
  return { xServices: xServices.map((x) => x.id) };
}

/**
 * 6+X: the room's own services that the result has not already named, for "this room also
 * offers". Answers that point to an X service the room offers show it among the services that fit
 * (`recommend()` with the site); every other X service is still worth a line, because a resident
 * who came about one matter often has another, and the catalogue cannot know each street's
 * choices. Each carries the rota's slots for it, so the resident knows when to come back.
 */
export function roomAlsoOffers(
  xServices: readonly Pick<XService, 'id' | 'name' | 'summary'>[],
  recommended: readonly { id: string }[],
  rota: readonly DutySlot[],
): RoomXService[] {
  const named = new Set(recommended.map((s) => s.id));
  const seen = new Set<string>();
  const offers: RoomXService[] = [];
  for (const x of xServices) {
    if (named.has(x.id) || seen.has(x.id)) continue;
    seen.add(x.id);
    const slots = rota
      .filter((s) => s.serviceId === x.id)
      .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
    offers.push({ id: x.id, name: x.name, ...(x.summary && { summary: x.summary }), slots });
  }
  return offers;
}
