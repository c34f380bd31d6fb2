import { z } from 'zod';
import { PromptKey } from '../catalogue/ids';
import { DayString } from '../cases/fields';
import { StreetId } from '../sites';
import { Month, addMonths } from '../stats/month';

/** How many months before the screened one the meeting compares with. */
export const COMPARE_MONTHS = 3;
/** A topic "rises sharply" with at least this many orders... */
export const RISE_MIN = 5;
/** ...and at least this many times its average over the previous months (from a floor of 1). */
export const RISE_FACTOR = 2;
/** Orders from one address in a month that make it a flag. */
export const REPEAT_MIN = 3;
/** The screening day is the 18th (主动排摸制); the console reminds from the 15th until held. */
export const SCREENING_DAY = 18;
export const REMINDER_FROM_DAY = 15;

/** Order counts of one topic: this month, the months before (oldest first), and by community. */
export const TopicRow = z.strictObject({
  topic: z.string(),
  category: PromptKey,
  count: z.number().int(),
  previous: z.array(z.number().int()),
  byCommunity: z.array(z.strictObject({ community: z.string(), count: z.number().int() })),
});
export type TopicRow = z.infer<typeof TopicRow>;

export const RiskFlag = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rising'),
    topic: z.string(),
    count: z.number(),
    average: z.number(),
  }),
  z.strictObject({ kind: z.literal('repeatedAddress'), address: z.string(), count: z.number() }),
  z.strictObject({ kind: z.literal('urgent'), orderNo: z.string(), topic: z.string().nullable() }),
]);
export type RiskFlag = z.infer<typeof RiskFlag>;

/** The months a meeting compares: the screened one's predecessors, oldest first. */
export function previousMonths(month: Month): Month[] {
  return Array.from({ length: COMPARE_MONTHS }, (_, i) => addMonths(month, i - COMPARE_MONTHS));
}

/**
 * The risk flags of a month, from its counts (pure, so the rules are tested on their own):
 * a topic rising sharply against its recent average, an address with repeated orders, and every
 * order marked urgent.
 */
export function riskFlags(input: {
  topics: readonly TopicRow[];
  addresses: readonly { address: string; count: number }[];
  urgent: readonly { orderNo: string; topic: string | null }[];
}): RiskFlag[] {
  const flags: RiskFlag[] = [];
  for (const row of input.topics) {
    const average =
      row.previous.length === 0 ? 0 : row.previous.reduce((a, b) => a + b, 0) / row.previous.length;
    if (row.count >= RISE_MIN && row.count >= RISE_FACTOR * Math.max(average, 1))
      flags.push({
        kind: 'rising',
        topic: row.topic,
        count: row.count,
        average: Math.round(average * 10) / 10,
      });
  }
  for (const a of input.addresses)
    if (a.address !== '' && a.count >= REPEAT_MIN)
      flags.push({ kind: 'repeatedAddress', address: a.address, count: a.count });
  for (const u of input.urgent) flags.push({ kind: 'urgent', orderNo: u.orderNo, topic: u.topic });
  return flags;
}

/** Whether the console should remind a street to hold its screening for the month of `today`. */
export function reminderDue(today: string, held: boolean): boolean {
  return !held && Number(today.slice(8, 10)) >= REMINDER_FROM_DAY;
}

/** Kinds of plan item ("一案一策"). */
export const PLAN_KINDS = ['activity', 'homeVisit', 'mediation', 'checkup', 'outreach'] as const;
export const PlanKind = z.enum(PLAN_KINDS);

export const PlanItemRequest = z.strictObject({
  kind: PlanKind,
  title: z.string().trim().min(1).max(80),
  owner: z.string().trim().min(1).max(40),
  date: DayString,
  topic: z.string().max(40).nullable(),
});
export type PlanItemRequest = z.infer<typeof PlanItemRequest>;

export const PlanItem = PlanItemRequest.extend({
  id: z.number().int(),
  /** Set once the item was published to the street's rooms as the monthly theme (每月主题活动). */
  themeAt: z.string().nullable(),
});
export type PlanItem = z.infer<typeof PlanItem>;

/** A petition (信访) entered by hand: no names, only where and what. */
export const PetitionRequest = z.strictObject({
  community: z.string().trim().max(40),
  topic: z.string().max(40).nullable(),
  summary: z.string().trim().min(1).max(300),
});
export const Petition = PetitionRequest.extend({ id: z.number().int(), createdAt: z.string() });
export type Petition = z.infer<typeof Petition>;

export const ThemeFromPlanRequest = z.strictObject({
  place: z.string().trim().min(1).max(80),
});

export const HoldRequest = z.strictObject({ notes: z.string().trim().max(1000) });

/** Everything the screening meeting of a street and month looks at. */
export const MeetingView = z.strictObject({
  street: StreetId,
  month: Month,
  previousMonths: z.array(Month),
  orders: z.number().int(),
  unclassified: z.number().int(),
  topics: z.array(TopicRow),
  byCategory: z.array(
    z.strictObject({
      category: PromptKey,
      orders: z.number().int(),
      /** The kiosk's own intakes under the same prompt, this month (statistics aggregates). */
      intakes: z.number().int(),
    }),
  ),
  flags: z.array(RiskFlag),
  petitions: z.array(Petition),
  plan: z.array(PlanItem),
  heldAt: z.string().nullable(),
  notes: z.string(),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const ScreeningStatus = z.strictObject({
  month: Month,
  today: z.string(),
  reminderFromDay: z.number(),
  streets: z.array(
    z.strictObject({
      street: StreetId,
      orders: z.number().int(),
      heldAt: z.string().nullable(),
      reminder: z.boolean(),
    }),
  ),
});
export type ScreeningStatus = z.infer<typeof ScreeningStatus>;
