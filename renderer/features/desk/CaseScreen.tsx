import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { caseById } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { localDay } from '../../../shared/records/ticket';
import { isOverdue } from '../../../shared/cases/lists';
import { canReopen, type CaseView } from '../../../shared/cases/derive';
import type { SaveError } from '../../db/save-errors';
import { useDesk } from './desk-store';
import { useDrafts } from './drafts';
import { useDeskActions } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';
import { CaseFlags } from './CaseFlags';
import { CaseFacts } from './CaseFacts';
import { OutcomePanel } from './OutcomePanel';
import { ReportBackForm } from './ReportBackForm';
import { CloseConfirm } from './CloseConfirm';
import { NoteForm } from './NoteForm';
import { Timeline } from './Timeline';
import { SaveErrorLine } from './FormParts';
import { DeskIcon } from './desk-icons';
import { useDeskDates } from './format';

/** One case: who and what, the teams' progress, the next step, and the whole history. */
export function CaseScreen({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const view = useLiveQuery(() => caseById(records, caseId), [records, caseId], null);
  if (view === null) return <p>{t('desk.loading')}</p>;
  if (view === undefined)
    return (
      <p role="alert" className="error">
        {t('desk.case.notFound')}
      </p>
    );
  return <CaseBody view={view} />;
}

function CaseBody({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const dates = useDeskDates();
  const teams = useTeamChoices();
  const show = useDesk((s) => s.show);
  const reg = view.registration;
  const today = localDay(new Date());
  const overdue = isOverdue(view, today);
  const visit = view.homeVisit;

  return (
    <section className="desk-case" aria-labelledby="case-title">
      <h1 id="case-title" tabIndex={-1}>
        {view.ticket
          ? t('desk.case.title', { ticket: view.ticket.number, day: dates.day(view.ticket.day) })
          : t('desk.case.titleNoTicket')}
      </h1>
      <p className="desk-status desk-status--big" data-testid="case-status">
        {t(`desk.status.${view.status}`)}
      </p>
      <CaseFlags
        focusGroups={reg?.focusGroups ?? []}
        homeVisitReason={visit?.reason ?? reg?.homeVisit?.reason ?? null}
        urgent={reg?.urgency === 'urgent'}
        overdue={overdue}
        testId="case-flags"
      />
      {reg ? (
        <CaseFacts view={view} registration={reg} />
      ) : (
        <div className="actions">
          <BigButton
            variant="primary"
            onClick={() => show({ name: 'register', intakeId: view.caseId })}
            data-testid="case-register"
          >
            {t('desk.queue.register')}
          </BigButton>
        </div>
      )}

      {view.solved && (
        <section className="desk-panel" aria-labelledby="solved-title">
          <h2 id="solved-title">{t('desk.outcome.solvedTitle')}</h2>
          <p data-testid="case-solved">{view.solved.advice}</p>
          <p className="desk-card__meta">
            {t('desk.case.servicesGiven', {
              services: view.solved.services.map(teams.name).join(t('list.separator')),
            })}
          </p>
        </section>
      )}
      {view.teams.length > 0 && (
        <section className="desk-panel" aria-labelledby="teams-title">
          <h2 id="teams-title">
            {view.teams.length > 1 ? t('desk.case.jointTitle') : t('desk.case.teamsTitle')}
          </h2>
          {view.dueDate && (
            <p data-testid="case-due">{t('desk.case.due', { date: dates.day(view.dueDate) })}</p>
          )}
          {view.jointSession && (
            <p data-testid="case-session">
              {t('desk.case.session', {
                when: view.jointSession.time
                  ? dates.dayTime(view.jointSession.date, view.jointSession.time)
                  : `${dates.day(view.jointSession.date)} ${t('desk.sessions.timeOpen')}`,
              })}
            </p>
          )}
          {visit && (
            <div data-testid="case-visit">
              <p>
                {visit.time
                  ? t('desk.case.visitAt', {
                      team: teams.name(visit.team),
                      when: dates.dayTime(visit.visitBy, visit.time),
                    })
                  : t('desk.case.visitBy', {
                      team: teams.name(visit.team),
                      date: dates.day(visit.visitBy),
                    })}
              </p>
              {visit.address && <p>{t('desk.case.visitAddress', { address: visit.address })}</p>}
            </div>
          )}
          <ul className="desk-teams" data-testid="case-teams">
            {view.teams.map((team) => (
              <li key={team.team}>
                <strong>{teams.name(team.team)}</strong>
                {' · '}
                {t(`desk.teamStage.${team.stage}`)}
                {team.lastNote && <span className="desk-card__meta"> · {team.lastNote}</span>}
                {team.result && (
                  <p className="desk-result">{t('desk.case.result', { result: team.result })}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.report && (
        <p data-testid="case-reported">
          {t('desk.case.reported', {
            how: t(`desk.reportHow.${view.report.how}`),
            when: dates.when(view.report.reportedAt),
          })}
        </p>
      )}

      <NextStep view={view} today={today} />
      <NoteForm caseId={view.caseId} ticket={view.ticket?.number ?? null} />
      <Timeline view={view} />
    </section>
  );
}

/** The one next thing this case needs, by its status. */
function NextStep({ view, today }: { view: CaseView; today: string }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const [error, setError] = useState<SaveError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ticket = view.ticket?.number ?? null;
  const record = (run: () => ReturnType<typeof actions.record>) =>
    void run().then((r) => setError(r.ok ? null : r.error));
  const handOver = () =>
    useDrafts.getState().leave(() => {
      useDesk.getState().handOver(view.caseId);
      useSession.getState().goTo('satisfaction');
    });

  switch (view.status) {
    case 'registered':
      return <OutcomePanel of={{ caseId: view.caseId, ticket, registration: view.registration }} />;
    case 'awaitingTeams':
      return <p className="desk-note">{t('desk.case.waitingTeams')}</p>;
    case 'resultReady':
      return (
        <ReportBackForm
          caseId={view.caseId}
          ticket={ticket}
          hasPhone={Boolean(view.registration?.resident.phone)}
        />
      );
    case 'reported': {
      const report = view.report;
      return (
        <div className="actions">
          <SaveErrorLine error={error} />
          <BigButton
            variant="primary"
            onClick={() => setConfirming(true)}
            disabled={!report}
            data-testid="case-close"
          >
            <DeskIcon name="check" />
            {t('desk.case.close')}
          </BigButton>
          {confirming && report && (
            <CloseConfirm
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                record(() => actions.record(view.caseId, 'closed', { reportedEventId: report.id }));
              }}
            />
          )}
        </div>
      );
    }
    case 'closed': {
      const closed = view.closed;
      return (
        <div className="actions">
          <SaveErrorLine error={error} />
          {view.satisfaction ? (
            <p data-testid="case-rated">
              {t('desk.case.rated', { score: view.satisfaction.score })}
            </p>
          ) : (
            <>
              <p>{t('desk.case.handOverLead')}</p>
              <BigButton variant="primary" onClick={handOver} data-testid="case-hand-over">
                <DeskIcon name="face4" />
                {t('desk.case.handOver')}
              </BigButton>
            </>
          )}
          {closed && canReopen(closed, today) && (
            <BigButton
              onClick={() =>
                record(() => actions.record(view.caseId, 'reopened', { closedEventId: closed.id }))
              }
              data-testid="case-reopen"
            >
              <DeskIcon name="reopen" />
              {t('desk.case.reopen')}
            </BigButton>
          )}
        </div>
      );
    }
    case 'called':
    case 'noShow':
      return null;
  }
}
