import { z } from 'zod';

/**
 * 解忧法空间: what a suggestion is about, as staff tag it. The statistics count suggestions by
 * topic (`suggestion` measure, `untagged` until tagged: docs/statistics.md). A short fixed list,
 * so the counts add up across streets and months; `other` catches the rest.
 */
export const SUGGESTION_TOPICS = [
  'openingHours',
  'services',
  'staff',
  'venue',
  'kiosk',
  'legalInfo',
  'community',
  'other',
] as const;
export const SuggestionTopic = z.enum(SUGGESTION_TOPICS);
export type SuggestionTopic = z.infer<typeof SuggestionTopic>;

/** new: nobody has tagged or answered it; open: tagged or answered; closed: done with. */
export const SUGGESTION_STATUSES = ['new', 'open', 'closed'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_REPLY_MAX = 300;

/**
 * What the kiosk's suggestion screen promises (zh/en in the kiosk's locales): staff of the street
 * office read every suggestion within this many working days, and a reply may appear on the
 * room's notice board. The console's list marks suggestions older than this that are still new.
 */
export const SUGGESTION_READ_WITHIN_WORKING_DAYS = 5;

/**
 * A reply shown on the room's notice board (content feed kind `suggestionReply`, keyed by the
 * suggestion's id, to the room whose kiosk took it). `reply: null` withdraws it. Only the topic,
 * the day and staff's words travel: never the resident's text (it may name people).
 */
export const SuggestionReplyNotice = z.strictObject({
  id: z.string().min(1).max(64),
  topic: SuggestionTopic.nullable(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  reply: z.string().trim().min(1).max(SUGGESTION_REPLY_MAX).nullable(),
});
export type SuggestionReplyNotice = z.infer<typeof SuggestionReplyNotice>;
