import type { Db } from '../db/open';
import { caseEvents } from '../store/cases';
import { findSite } from '../store/sites';
import type { Account } from './accounts';
import type { CaseScopeInfo } from './case-scope';
import { shanghaiDay } from './time';
import { deriveCase, type CaseView, type TimelineEntry } from '../../shared/cases/derive';
import { isOverdue } from '../../shared/cases/lists';
import type { CaseEvent } from '../../shared/cases/events';
import { IntakeFields, type Intake } from '../../shared/records/intake';
import { seesPersonalInfo } from '../../shared/console/access';
import type { CaseDetail, TimelineView } from '../../shared/console/views';

/**
 * A case as the console shows it, cut to what the viewer may see:
 * - a supervisor gets no personal information at all: no resident, no words anyone wrote (the
 *   matter, notes, results, reasons may name people), no answers;
 * - a team member of a team the case was routed to gets the resident's contact details, which
 *   exist only when the resident consented (the `registered` schema refuses them otherwise);
 * - the district and street offices get the matter, the answers and the history in words, but
 *   not the contact details: those go only to the desk and the teams that act.
 * `personalInfo` says whether anything personal is in the answer, so the route can audit the view.
 */
export function buildCaseDetail(
  db: Db,
  target: CaseScopeInfo,
  viewer: Account,
  now: number,
): CaseDetail {
  const events = caseEvents(db, target.caseId);
  const view = deriveCase(events);
  const pi = seesPersonalInfo(viewer.role);
  const mineState =
    viewer.role === 'team-member'
      ? view.teams.find(
          (t) => t.team === viewer.scope.service && (t.routed || t.homeVisit) && !t.released,
        )
      : undefined;
  const contact = pi && mineState !== undefined;
  const reg = view.registration;
  const intake = pi || view.source?.from === 'kiosk' ? intakeOf(db, view) : null;
  const site = findSite(db, target.siteId);
  const names = actingAccounts(db, target.caseId);

  const hasWords =
    pi && (reg !== null || intake !== null || view.timeline.some((e) => textOf(e.event)));
  const detail: CaseDetail = {
    caseId: view.caseId,
    siteId: target.siteId,
    street: target.street,
    roomName: site ? { 'zh-CN': site.roomName['zh-CN'], en: site.roomName.en } : null,
    status: view.status,
    ticket: view.ticket,
    source: view.source?.from ?? null,
    openedAt: view.openedAt,
    updatedAt: view.updatedAt,
    dueDate: view.dueDate,
    openDue: view.openDue,
    overdue: isOverdue(view, shanghaiDay(now)),
    jointSession: view.jointSession,
    personalInfo: hasWords || (contact && reg?.resident) ? 'shown' : pi ? 'none' : 'withheld',
    registration: reg
      ? {
          matter: pi ? reg.matter : null,
          category: reg.category,
          urgency: reg.urgency,
          focusGroups: pi ? reg.focusGroups : [],
          homeVisitReason: pi ? (reg.homeVisit?.reason ?? null) : null,
          consentGeneral: reg.consent.general,
          resident: contact && reg.consent.general ? reg.resident : null,
        }
      : null,
    intake:
      intake === null
        ? null
        : {
            prompt: intake.prompt,
            answers: pi ? intake.answers : [],
            services: intake.services,
            legalAid: pi ? intake.legalAid : null,
            catalogueVersion: intake.catalogueVersion,
          },
    teams: view.teams
      .filter((t) => t.routed || t.homeVisit)
      .map((t) => ({
        team: t.team,
        stage: t.stage,
        routed: t.routed,
        homeVisit: t.homeVisit,
        handedBack: t.handedBack !== null,
        released: t.released,
        result: pi ? t.result : null,
        lastNote: pi ? t.lastNote : null,
      })),
    homeVisit: view.homeVisit
      ? {
          team: view.homeVisit.team,
          reason: pi ? view.homeVisit.reason : 'withheld',
          visitBy: view.homeVisit.visitBy,
        }
      : null,
    solvedOnSpot: view.solved !== null,
    reported: view.report ? { how: view.report.how, at: view.report.reportedAt } : null,
    satisfaction: view.satisfaction
      ? { score: view.satisfaction.score, tags: view.satisfaction.tags }
      : null,
    timeline: view.timeline.map((entry) => timelineView(entry, pi, names)),
    mine: mineState
      ? {
          stage: mineState.stage,
          handedBack: mineState.handedBack !== null,
          canAct:
            mineState.stage !== 'resolved' &&
            mineState.handedBack === null &&
            view.status !== 'closed',
        }
      : null,
  };
  return detail;
}

/** The kiosk intake behind a ticket's case (a ticket's case id is its intake's id), if stored. */
function intakeOf(db: Db, view: CaseView): Intake | null {
  if (view.source?.from !== 'kiosk') return null;
  const row = db
    .prepare("SELECT body FROM records WHERE id = ? AND kind = 'intake'")
    .get(view.source.intakeId) as { body: string } | undefined;
  if (!row) return null;
  // Stored intakes were accepted under the rules of their day: read them without today's.
  const parsed = IntakeFields.safeParse(JSON.parse(row.body));
  return parsed.success ? parsed.data : null;
}

/** Display names of the console accounts that wrote this case's team events, by event id. */
function actingAccounts(db: Db, caseId: string): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT e.event_id, a.display_name FROM case_events e JOIN accounts a ON a.id = e.account_id
       WHERE e.case_id = ? AND e.account_id IS NOT NULL`,
    )
    .all(caseId) as { event_id: string; display_name: string }[];
  return new Map(rows.map((r) => [r.event_id, r.display_name]));
}

/** The words an event carries, if any. */
function textOf(event: CaseEvent): string | null {
  switch (event.type) {
    case 'note':
      return event.text;
    case 'teamProgress':
      return event.note;
    case 'teamResolved':
      return event.result;
    case 'teamHandedBack':
    case 'rerouted':
    case 'dueDateSet':
      return event.reason;
    case 'officeNote':
      return event.text;
    case 'solvedOnSpot':
      return event.advice;
    case 'registered':
      return event.matter;
    case 'resultReported':
      return event.note;
    default:
      return null;
  }
}

function teamsOf(event: CaseEvent): TimelineView['teams'] {
  switch (event.type) {
    case 'routed':
    case 'rerouted':
      return event.teams;
    case 'solvedOnSpot':
      return event.services;
    case 'homeVisitArranged':
    case 'teamAccepted':
    case 'teamProgress':
    case 'teamResolved':
    case 'teamHandedBack':
      return [event.team];
    default:
      return [];
  }
}

function timelineView(
  { event, ignored }: TimelineEntry,
  pi: boolean,
  names: Map<string, string>,
): TimelineView {
  return {
    id: event.id,
    type: event.type,
    at: event.createdAt,
    actor: event.actor,
    by: names.get(event.id) ?? null,
    ignored,
    teams: teamsOf(event),
    text: pi ? textOf(event) : null,
    dueDate:
      event.type === 'routed' || event.type === 'rerouted' || event.type === 'dueDateSet'
        ? event.dueDate
        : null,
    session: sessionOf(event),
    score: event.type === 'satisfaction' ? event.score : null,
  };
}

/** The group session an event sets, as words; a session date may be set before its time. */
function sessionOf(event: CaseEvent): string | null {
  if (event.type === 'sessionScheduled') return `${event.date} ${event.time}`;
  if ((event.type === 'routed' || event.type === 'rerouted') && event.jointSession)
    return [event.jointSession.date, event.jointSession.time].filter((p) => p !== null).join(' ');
  return null;
}
