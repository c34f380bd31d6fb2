import type { TeamCaseSummary } from '../store/team-cases';
import { table } from './table';

/** "2026-12-07 14:00" for an agreed time, "by 2026-12-07" for a last day. */
export function visitWhen(visit: { visitBy: string; time: string | null }): string {
  return visit.time ? `${visit.visitBy} ${visit.time}` : `by ${visit.visitBy}`;
}

/**
 * One case as `case show` prints it for a team: what it needs to act. The phone and the visit's
 * address are there only as the resident consented and only for a team the case went to (the
 * summary already holds nothing else); the hub logs none of it.
 */
export function describeTeamCase(c: TeamCaseSummary): string[] {
  const resident = c.resident;
  const title = { mr: ' (Mr)', ms: ' (Ms)' } as const;
  const name = resident?.surname
    ? `${resident.surname}${resident.salutation ? title[resident.salutation] : ''}`
    : '-';
  const rows: [string, string][] = [
    ['case', c.caseId],
    ['site', c.siteId],
    ['ticket', c.ticket ? `${c.ticket.number} ${c.ticket.day}` : '-'],
    ['case status', c.status],
    ['your stage', c.stage],
    ['due', c.openDue ?? c.dueDate ?? '-'],
    ['category', c.category ?? '-'],
    ['urgency', c.urgency ?? '-'],
    ['matter', c.matter ?? '-'],
    ['resident', name],
    ['phone', resident?.phone ?? '- (none given, or no consent)'],
    ['focus groups', c.focusGroups.length > 0 ? c.focusGroups.join(', ') : '-'],
    [
      'home visit',
      c.homeVisit
        ? `${visitWhen(c.homeVisit)} (${c.homeVisit.reason})`
        : c.homeVisitAsked
          ? `asked for (${c.homeVisitAsked}); not arranged with your team`
          : '-',
    ],
    ['visit address', c.homeVisit?.address ?? '-'],
    [
      'group session',
      c.jointSession ? `${c.jointSession.date} ${c.jointSession.time ?? '(time open)'}` : '-',
    ],
    [
      'other teams',
      c.otherTeams.length > 0 ? c.otherTeams.map((t) => `${t.team}: ${t.stage}`).join(', ') : '-',
    ],
    ['last note', c.lastNote ?? '-'],
    ['result', c.result ?? '-'],
  ];
  return table(rows.map(([k, v]) => [`${k}:`, v]));
}
