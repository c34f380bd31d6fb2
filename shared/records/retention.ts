import type { CaseStatus } from '../cases/derive';
import type { KioskRecord } from './intake';
import { RETENTION_MONTHS } from './consent-terms';

/**
 * Retention on the kiosk (docs/privacy.md): the same promise the hub keeps in
 * server/store/retention.ts, applied to the kiosk's own copy. Two rules come first:
 * - nothing the hub has not acknowledged is ever deleted (still in the outbox, or quarantined):
 *   the kiosk's copy is then the only one, and deleting it would lose the resident's matter;
 * - an open case is kept however old: its matter has not ended.
 * A matter ends as at the hub: a case with its last event once it is `closed` or `noShow`, a lone
 * intake (never a case) or a suggestion when it reached the hub. The kiosk cannot know the hub's
 * receipt time, so "reached" is when the hub's acknowledgement came back: after the hub received
 * it, so (clocks allowing) the kiosk does not delete before the hub would.
 */
export const ENDED_CASE_STATUSES: readonly CaseStatus[] = ['closed', 'noShow'];

/** What the kiosk knows of a record (or of a whole case) when it decides whether to keep it. */
export interface RetentionFacts {
  kind: KioskRecord['kind'];
  /**
   * When the hub acknowledged it (ms); null while it is in the outbox or the quarantine. For a
   * case: when the last of this kiosk's records of the case was acknowledged (null if any is
   * not), or its last event time if the kiosk sent none (it all came from the hub).
   */
  acknowledgedAt: number | null;
  /** The case the record belongs to, as this kiosk knows it; absent for a lone intake or suggestion. */
  case?: { status: CaseStatus; lastEventAt: number } | undefined;
}

/** `now` minus `months` calendar months (UTC), the day clamped to the shorter month. */
export function retentionCutoff(now: number, months: number = RETENTION_MONTHS): number {
  const d = new Date(now);
  const target = new Date(d.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

/** When the matter ended (ms), or null while it has not (or the hub does not hold it yet). */
export function matterEndedAt(facts: RetentionFacts): number | null {
  if (facts.acknowledgedAt === null || Number.isNaN(facts.acknowledgedAt)) return null;
  if (facts.case) {
    if (!ENDED_CASE_STATUSES.includes(facts.case.status)) return null;
    if (Number.isNaN(facts.case.lastEventAt)) return null;
    return Math.max(facts.case.lastEventAt, facts.acknowledgedAt);
  }
  // A case event whose case is not known here cannot be judged: keep it.
  if (facts.kind === 'caseEvent') return null;
  return facts.acknowledgedAt;
}

/** Whether the kiosk may delete it at `now`: its matter ended more than `months` ago. */
export function mayDelete(
  facts: RetentionFacts,
  now: number,
  months: number = RETENTION_MONTHS,
): boolean {
  const ended = matterEndedAt(facts);
  return ended !== null && ended < retentionCutoff(now, months);
}
