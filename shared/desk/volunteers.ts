import { z } from 'zod';
import { VolunteerId } from '../cases/fields';
import { PinHash } from './pin';

/**
 * The volunteers who may open the front desk on this kiosk, as the hub's site settings or a
 * technician provide them. The display name is what the desk shows on the unlock screen (e.g.
 * 张志愿者, as on the paper rota); the PIN is only ever a hash.
 */
export const Volunteer = z.strictObject({
  id: VolunteerId,
  name: z.string().trim().min(1).max(40),
  pin: PinHash,
});
export type Volunteer = z.infer<typeof Volunteer>;

/** Most volunteers one site's roster holds. */
export const ROSTER_MAX = 100;

const VolunteerList = z
  .array(Volunteer)
  .max(ROSTER_MAX)
  .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, 'volunteer ids are unique');

export const VolunteerRoster = z.strictObject({
  volunteers: VolunteerList,
  /** Seeded for a demonstration (docs/cases.md gives the PINs); never on a live site. */
  demo: z.boolean(),
});
export type VolunteerRoster = z.infer<typeof VolunteerRoster>;

/**
 * The body of a `volunteers` change (docs/sync-protocol.md): a site's whole roster of active
 * volunteers as the hub keeps it, PINs as hashes only. It is never a demo seed (`demo: false`),
 * so the kiosk stores it as it comes, in place of whatever roster it had.
 */
export const HubVolunteerRoster = z.strictObject({
  volunteers: VolunteerList,
  demo: z.literal(false),
});
export type HubVolunteerRoster = z.infer<typeof HubVolunteerRoster>;

/** The two demo volunteers and their PINs, documented in docs/cases.md. */
export const DEMO_VOLUNTEERS = [
  { id: 'demo-zhang', name: '张志愿者 (Zhang)', pin: '2468' },
  { id: 'demo-li', name: '李志愿者 (Li)', pin: '1357' },
] as const;
