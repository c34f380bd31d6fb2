import type { CaseView } from './derive';
import { dayOf } from './fields';

/**
 * The middle office's triage queue (中台 研判分析、分类流转): why a case needs a dispatcher.
 * - `unaccepted`: routed to a team that has not accepted it within the set number of working days;
 * - `overdue`: work still waits for a team past its due date;
 * - `handedBack`: a team handed it back and it was not re-routed since;
 * - `noTeam`: routed to a service no console team stands behind (decided at the hub, which knows
 *   the accounts);
 * - `sessionMissing`: a joint consultation (two teams or more) whose group session has no time.
 */
export const TRIAGE_REASONS = [
  'unaccepted',
  'overdue',
  'handedBack',
  'noTeam',
  'sessionMissing',
] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];

/**
 * Routed but not accepted within this many working days (Monday to Friday) is a triage reason.
 * Two: a team that meets weekly still sees a new case on its next working day or the one after.
 */
export const DEFAULT_ACCEPT_WORKING_DAYS = 2;

/** What the queue needs from a case that depends only on its history (stored with the case). */
export interface TriageFacts {
  /** The earliest routing of a team that still has not accepted; null when none waits so. */
  waitingSince: string | null;
  handedBack: boolean;
  sessionMissing: boolean;
}

export function triageFacts(view: CaseView): TriageFacts {
  const none = { waitingSince: null, handedBack: false, sessionMissing: false };
  if (view.status !== 'awaitingTeams') return none;
  const active = view.teams.filter((t) => t.routed && !t.released && t.stage !== 'resolved');
  const waiting = active
    .filter((t) => t.stage === 'routed' && t.handedBack === null && t.routedAt !== null)
    .map((t) => t.routedAt ?? '');
  return {
    waitingSince: waiting.length === 0 ? null : waiting.reduce((a, b) => (a < b ? a : b)),
    handedBack: active.some((t) => t.handedBack !== null),
    sessionMissing:
      view.teams.filter((t) => t.routed && !t.released).length >= 2 &&
      (view.jointSession === null || view.jointSession.time === null),
  };
}

const DAY_MS = 24 * 3600_000;

/**
 * The last day a routing may have been written on for it to count as not accepted in time today:
 * `workingDays` working days (Monday to Friday) before `today`. Public holidays are not known
 * here, so around them the queue flags a case a day or two early, never late.
 */
export function unacceptedCutoff(today: string, workingDays: number): string {
  let ms = Date.parse(`${today}T00:00:00Z`);
  let left = workingDays;
  while (left > 0) {
    ms -= DAY_MS;
    const weekday = new Date(ms).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a routing written at `routedAt` (its writer's local day) is overdue for acceptance. */
export function isUnaccepted(routedAt: string, today: string, workingDays: number): boolean {
  return dayOf(routedAt) <= unacceptedCutoff(today, workingDays);
}
