import type { ContentDb } from '../../db/content-db';
import { HUB_KEYS } from '../../content/hub-content';
import { loadBootConfig } from '../../platform/boot-config';
import { hashPin } from '../../../shared/desk/pin';
import { DEMO_VOLUNTEERS, VolunteerRoster } from '../../../shared/desk/volunteers';

/**
 * Where the volunteers who may open the desk are kept: the content database, under the key the
 * pull writes the hub's `volunteers` change to (content/hub-content.ts). The hub's roster always
 * replaces whatever was there, a demo seed included.
 */
export const ROSTER_KEY = HUB_KEYS.volunteers;

/**
 * What the desk finds: a roster (possibly empty: the hub has nobody for this site, so nobody can
 * open the desk), none at all (the hub has not sent one yet), or an entry that does not validate.
 * Reading never throws on stored data: a damaged entry is `unreadable`, never a crash.
 */
export type RosterState =
  { kind: 'roster'; roster: VolunteerRoster } | { kind: 'none' } | { kind: 'unreadable' };

export async function readRosterState(content: ContentDb): Promise<RosterState> {
  const entry = await content.content.get(ROSTER_KEY);
  if (entry === undefined) return { kind: 'none' };
  const parsed = VolunteerRoster.safeParse(entry.value);
  return parsed.success ? { kind: 'roster', roster: parsed.data } : { kind: 'unreadable' };
}

export async function readRoster(content: ContentDb): Promise<VolunteerRoster | null> {
  const state = await readRosterState(content);
  return state.kind === 'roster' ? state.roster : null;
}

/** Whether the shell started this kiosk as a demonstration (`demo` in kiosk-config.json). */
export async function isDemoKiosk(): Promise<boolean> {
  return (await loadBootConfig())?.demo === true;
}

/**
 * Seed the two demo volunteers (PINs in docs/cases.md) so a demonstration can open the desk before
 * any hub has sent a roster. Only when there is no roster entry AT ALL and the kiosk runs as a demo:
 * a roster from the hub (even an empty one) is never replaced, a damaged one is left for the next
 * hub change to fix, and a live kiosk never gets PINs printed in the documentation. The check and
 * the write share one transaction, so a roster the pull stores meanwhile is not overwritten.
 * Returns whether it seeded.
 */
export async function seedDemoRoster(
  content: ContentDb,
  isDemo: () => Promise<boolean> = isDemoKiosk,
  now = new Date(),
): Promise<boolean> {
  if ((await content.content.get(ROSTER_KEY)) !== undefined) return false;
  if (!(await isDemo())) return false;
  // Hashing is slow on purpose: do it before the transaction (IndexedDB would commit it meanwhile).
  const roster = VolunteerRoster.parse({
    demo: true,
    volunteers: await Promise.all(
      DEMO_VOLUNTEERS.map(async (v) => ({ id: v.id, name: v.name, pin: await hashPin(v.pin) })),
    ),
  });
  return content.transaction('rw', content.content, async () => {
    if ((await content.content.get(ROSTER_KEY)) !== undefined) return false;
    await content.content.put({ key: ROSTER_KEY, value: roster, updatedAt: now.toISOString() });
    return true;
  });
}
