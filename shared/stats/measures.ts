import { z } from 'zod';
import type { Month } from './month';

/**
 * The monthly aggregates are narrow rows: (room, month, measure, d1, d2) -> count. Each measure
 * says what it counts and what its two dimensions hold ('' when unused); docs/statistics.md has
 * the same list in plain words. One row per combination that occurred, never a cross product of
 * every dimension: a prompt x service x focus group x outcome cube would be mostly empty, and mostly
 * cells of one or two people.
 *
 * A measure is counted in the month of the moment it describes (see definitions.ts): an intake in
 * the month it was made, a result in the month it was reached, a close in the month it was closed.
 */
export const MEASURES = {
  /** Kiosk intakes. d1 prompt, d2 consent ('yes' | 'no'). */
  intake: ['prompt', 'consent'],
  /** Services the kiosk suggested, one per service per intake. d1 service, d2 prompt. */
  intakeService: ['service', 'prompt'],
  /** Focus groups a consenting resident ticked at the kiosk. d1 focus group, d2 prompt. */
  intakeFocusGroup: ['focusGroup', 'prompt'],
  /** Home-visit requests at the kiosk. d1 reason. */
  intakeHomeVisit: ['homeVisitReason', ''],
  /** Legal-aid pre-screens. d1 outcome (legalAidOutcome()), d2 prompt. */
  legalAidPrescreen: ['legalAidOutcome', 'prompt'],
  /** Suggestions (解忧法空间). d1 topic ('untagged' until staff tag it). */
  suggestion: ['topic', ''],
  /** Cases, in the month the desk first touched them. d1 outcome, d2 prompt (or walkIn/unknown). */
  case: ['outcome', 'prompt'],
  /** First-contact registrations (首问登记), once per case. d1 source (kiosk | walkIn), d2 category. */
  registration: ['source', 'service'],
  /** Focus groups of registered cases. d1 focus group, d2 source. */
  caseFocusGroup: ['focusGroup', 'source'],
  /** Cases solved on the spot (当场完成), once per case. d1 category. */
  solvedOnSpot: ['service', ''],
  /** Services given on the spot, one per service. d1 service. */
  solvedService: ['service', ''],
  /** Cases routed to linkage teams, once per case. d1 category. */
  routedCase: ['service', ''],
  /** Routings per team (each team once per case). d1 team. */
  routed: ['service', ''],
  /** Joint consultations (联合咨询): a routing to two teams or more. d1 'session' | 'noSession'. */
  joint: ['jointSession', ''],
  /** Home visits arranged (上门服务). d1 team, d2 reason. */
  homeVisit: ['service', 'homeVisitReason'],
  /** A team's part resolved. d1 team. */
  teamResolved: ['service', ''],
  /** Results reached. d1 path (spot | teams), d2 reported back yet ('yes' | 'no'). */
  result: ['resultPath', 'reported'],
  /** Time from intake to result, a histogram. d1 bucket (duration-histogram.ts), d2 path. */
  resultTime: ['durationBucket', 'resultPath'],
  /** Results reported back to the resident (信息反馈). d1 how. */
  reported: ['reportChannel', ''],
  /** Cases closed (办结). d1 path of the result (spot | teams | none). */
  closed: ['resultPath', ''],
  /** Overdue at month end, as spans: +1 in the first month a span is overdue at month end... */
  overdueFrom: ['', ''],
  /** ...and +1 in the first month it no longer is (none while it still is). */
  overdueUntil: ['', ''],
  /** Satisfaction ratings (服务质效评议), once per case (the latest). d1 score 1-5. */
  satisfaction: ['score', ''],
  /** The same ratings per team that worked the case ('desk' when none did). d1 team, d2 score. */
  satisfactionTeam: ['service', 'score'],
  /** Tags beside the ratings. d1 tag. */
  satisfactionTag: ['satisfactionTag', ''],
  /** Case events counted one by one (EVENT_ACTIVITY). d1 event type. */
  activity: ['eventType', ''],
} as const satisfies Record<string, readonly [string, string]>;

export type MeasureName = keyof typeof MEASURES;
export const MEASURE_NAMES = Object.keys(MEASURES) as MeasureName[];
export const MeasureName = z.enum(MEASURE_NAMES as [MeasureName, ...MeasureName[]]);

/** One contribution to the aggregates: `n` added to (month, measure, d1, d2) of a room. */
export interface Part {
  month: Month;
  measure: MeasureName;
  d1: string;
  d2: string;
  n: number;
}

/**
 * Parts keyed without their count, for adding them up. Values are ids, months and numbers: a tab
 * never occurs in one.
 */
export function partKey(p: Pick<Part, 'month' | 'measure' | 'd1' | 'd2'>): string {
  return `${p.month}\t${p.measure}\t${p.d1}\t${p.d2}`;
}

export function splitPartKey(key: string): Pick<Part, 'month' | 'measure' | 'd1' | 'd2'> {
  const [month = '', measure = '', d1 = '', d2 = ''] = key.split('\t');
  return { month, measure: measure as MeasureName, d1, d2 };
}

/** Parts added up by key; keys whose counts cancel out are dropped. */
export function sumParts(parts: Iterable<Part>, sign = 1, into = new Map<string, number>()) {
  for (const p of parts) {
    const key = partKey(p);
    const n = (into.get(key) ?? 0) + sign * p.n;
    if (n === 0) into.delete(key);
    else into.set(key, n);
  }
  return into;
}
