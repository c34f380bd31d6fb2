import type { ContentDb } from '../../db/content-db';
import { hashPin } from '../../../shared/desk/pin';
import { DEMO_VOLUNTEERS, VolunteerRoster } from '../../../shared/desk/volunteers';

/**
 * Where the volunteers who may open the desk are kept: the content database, like everything
 * else the hub (site settings) or a technician provides.
 */
export const ROSTER_KEY = 'desk:volunteers';

export async function readRoster(content: ContentDb): Promise<VolunteerRoster | null> {
  const parsed = VolunteerRoster.safeParse((await content.content.get(ROSTER_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The roster, seeding the two demo volunteers (PINs in docs/cases.md) when there is none yet, so
 * a demonstration kiosk can open the desk. A roster from the hub replaces them.
 */
export async function loadRoster(content: ContentDb, now = new Date()): Promise<VolunteerRoster> {
  const stored = await readRoster(content);
  if (stored && stored.volunteers.length > 0) return stored;
  const roster: VolunteerRoster = {
    demo: true,
    volunteers: await Promise.all(
      DEMO_VOLUNTEERS.map(async (v) => ({ id: v.id, name: v.name, pin: await hashPin(v.pin) })),
    ),
  };
  await content.content.put({
    key: ROSTER_KEY,
    value: VolunteerRoster.parse(roster),
    updatedAt: now.toISOString(),
  });
  return roster;
}
