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

export const VolunteerRoster = z.strictObject({
  volunteers: z
    .array(Volunteer)
    .max(100)
    .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, 'volunteer ids are unique'),
  /** Seeded for a demonstration (docs/cases.md gives the PINs); never on a live site. */
  demo: z.boolean(),
});
export type VolunteerRoster = z.infer<typeof VolunteerRoster>;

/** The two demo volunteers and their PINs, documented in docs/cases.md. */
export const DEMO_VOLUNTEERS = [
  { id: 'demo-zhang', name: '张志愿者 (Zhang)', pin: '2468' },
  { id: 'demo-li', name: '李志愿者 (Li)', pin: '1357' },
] as const;
