import { z } from 'zod';
import { ServiceId } from '../catalogue/ids';
import { SatisfactionTag } from '../cases/events';
import { StreetId } from '../sites';

/**
 * Satisfaction review (服务质效评议) beyond what the dashboard's figures carry: the ratings per
 * room (the figures have them per team and month), and the follow-up list of low ratings with
 * their cases. The per-room part is aggregates; the list names cases (never a resident: ticket,
 * room, category, score, tags, status), so only staff roles get it (shared/console/access.ts).
 */
const Count = z.int().nonnegative();

export const RoomSatisfaction = z.strictObject({
  siteId: z.string(),
  street: StreetId,
  ratings: Count,
  mean: z.number().nullable(),
  /** Ratings with score 1..5, in that order. */
  distribution: z.array(Count).length(5),
});
export const SatisfactionByRoom = z.strictObject({ rooms: z.array(RoomSatisfaction) });
export type SatisfactionByRoom = z.infer<typeof SatisfactionByRoom>;

export const LowRating = z.strictObject({
  caseId: z.string(),
  siteId: z.string(),
  street: StreetId,
  ticket: z.string().nullable(),
  category: ServiceId.nullable(),
  status: z.string(),
  ratedAt: z.string(),
  score: z.int().min(1).max(5),
  tags: z.array(SatisfactionTag),
  teams: z.array(ServiceId),
});
export type LowRating = z.infer<typeof LowRating>;
export const LowRatings = z.strictObject({
  rows: z.array(LowRating),
  /** The list stops at `LOW_RATINGS_MAX`; `more` says there were more. */
  more: z.boolean(),
});
export type LowRatings = z.infer<typeof LowRatings>;
export const LOW_RATINGS_MAX = 200;

/** The mean of a 1..5 distribution, or null without ratings. */
export function meanScore(distribution: readonly number[]): number | null {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  return distribution.reduce((sum, c, i) => sum + c * (i + 1), 0) / n;
}
