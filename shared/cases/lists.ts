import type { CaseView } from './derive';
import { dayOf } from './fields';

/**
 * The desk's tracking lists. Membership that depends only on the case is computed when the case
 * changes and stored (indexed); "overdue" depends on today, so it is a range over `openDue`.
 */
/** `reported`: 已告知、未办结, the resident was told but the case is not closed yet. */
export const CASE_LISTS = [
  'awaitingTeams',
  'overdue',
  'resultReady',
  'reported',
  'homeVisits',
] as const;
export type CaseList = (typeof CASE_LISTS)[number];
export type StoredCaseList = Exclude<CaseList, 'overdue'>;

export function storedLists(view: CaseView): StoredCaseList[] {
  const lists: StoredCaseList[] = [];
  if (view.status === 'awaitingTeams') lists.push('awaitingTeams');
  if (view.status === 'resultReady') lists.push('resultReady');
  if (view.status === 'reported') lists.push('reported');
  const visitTeam = view.homeVisit && view.teams.find((t) => t.team === view.homeVisit?.team);
  if (visitTeam && visitTeam.stage !== 'resolved' && view.status === 'awaitingTeams')
    lists.push('homeVisits');
  return lists;
}

/** Work still waits for a team and its due date has passed. */
export function isOverdue(view: Pick<CaseView, 'openDue'>, today: string): boolean {
  return view.openDue !== null && view.openDue < today;
}

/** The day a case belongs to: its ticket's day, or the day it was opened. */
export function caseDay(view: CaseView): string {
  return view.ticket?.day ?? dayOf(view.openedAt);
}

/** The last four digits of the resident's phone, all the desk searches by. */
export function phoneLast4(view: CaseView): string | null {
  const phone = view.registration?.resident.phone;
  return phone ? phone.slice(-4) : null;
}

/**
 * When a joint consultation's group session (联合咨询 集中会诊) meets, as local `YYYY-MM-DDTHH:MM`,
 * or `YYYY-MM-DD` when only the day is agreed (sorts as text in time order, a day's open-time
 * sessions first), or null when there is none to attend: no session was set, or the case is
 * closed (its result was told; a session still on the calendar is moot). The desk's "Group
 * sessions" list reads an index on this.
 */
export function groupSessionAt(view: Pick<CaseView, 'jointSession' | 'status'>): string | null {
  if (!view.jointSession || view.status === 'closed') return null;
  const { date, time } = view.jointSession;
  return time === null ? date : `${date}T${time}`;
}
