import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { usePrefs } from '../accessibility/prefs-store';
import { caseById } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { maskPhone } from '../../../shared/records/phone';
import { localDay } from '../../../shared/records/ticket';
import { isOverdue } from '../../../shared/cases/lists';
import type { CaseView } from '../../../shared/cases/derive';
import type { SaveError } from '../../db/save-errors';
import { useDesk } from './desk-store';
import { useDeskActions } from './use-desk-actions';
import { useTeamChoices } from './use-team-choices';
import { CaseFlags } from './CaseFlags';
import { OutcomePanel } from './OutcomePanel';
import { ReportBackForm } from './ReportBackForm';
import { NoteForm } from './NoteForm';
import { Timeline } from './Timeline';
import { formatWhen } from './format';

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
  const locale = usePrefs((s) => s.locale);
  const teams = useTeamChoices();
  const show = useDesk((s) => s.show);
  const reg = view.registration;
  const today = localDay(new Date());
  const overdue = isOverdue(view, today);

  return (
    <section className="desk-case" aria-labelledby="case-title">
      <h1 id="case-title" tabIndex={-1}>
        {view.ticket
          ? t('desk.case.title', { ticket: view.ticket.number, day: view.ticket.day })
          : t('desk.case.titleNoTicket')}
      </h1>
      <p className="desk-status desk-status--big" data-testid="case-status">
        {t(`desk.status.${view.status}`)}
      </p>
      <CaseFlags
        focusGroups={reg?.focusGroups ?? []}
        homeVisitReason={view.homeVisit?.reason ?? reg?.homeVisit?.reason ?? null}
        urgent={reg?.urgency === 'urgent'}
        overdue={overdue}
        testId="case-flags"
      />
      {reg ? (
        <dl className="desk-facts" data-testid="case-details">
          <dt>{t('desk.case.resident')}</dt>
          <dd>
            {reg.resident.surname
              ? `${reg.resident.surname}${reg.resident.salutation ? t(`contact.salutationOption.${reg.resident.salutation}`) : ''}`
              : t('desk.case.noName')}
            {reg.resident.phone
              ? ` · ${t('desk.phoneEnds', { phone: maskPhone(reg.resident.phone) })}`
              : ''}
          </dd>
          <dt>{t('desk.case.matter')}</dt>
          <dd data-testid="case-matter">{reg.matter}</dd>
          <dt>{t('desk.register.category')}</dt>
          <dd>{teams.name(reg.category)}</dd>
          <dt>{t('desk.register.urgency')}</dt>
          <dd>{t(`desk.urgency.${reg.urgency}`)}</dd>
          <dt>{t('desk.register.consentTitle')}</dt>
          <dd>{reg.consent.general ? t('desk.case.consentYes') : t('desk.case.consentNo')}</dd>
        </dl>
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
        </section>
      )}
      {view.teams.length > 0 && (
        <section className="desk-panel" aria-labelledby="teams-title">
          <h2 id="teams-title">
            {view.teams.length > 1 ? t('desk.case.jointTitle') : t('desk.case.teamsTitle')}
          </h2>
          {view.dueDate && <p>{t('desk.case.due', { date: view.dueDate })}</p>}
          {view.jointSession && (
            <p data-testid="case-session">
              {t('desk.case.session', {
                date: view.jointSession.date,
                time: view.jointSession.time,
              })}
            </p>
          )}
          {view.homeVisit && (
            <p>
              {t('desk.case.visit', {
                team: teams.name(view.homeVisit.team),
                date: view.homeVisit.visitBy,
              })}
            </p>
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
            when: formatWhen(view.report.reportedAt, locale),
          })}
        </p>
      )}

      <NextStep view={view} />
      <NoteForm caseId={view.caseId} />
      <Timeline view={view} />
    </section>
  );
}

/** The one next thing this case needs, by its status. */
function NextStep({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const actions = useDeskActions();
  const [error, setError] = useState<SaveError | null>(null);
  const handOver = () => {
    useDesk.getState().handOver(view.caseId);
    useSession.getState().goTo('satisfaction');
  };

  switch (view.status) {
    case 'registered':
      return <OutcomePanel caseId={view.caseId} category={view.registration?.category ?? null} />;
    case 'awaitingTeams':
      return <p className="desk-note">{t('desk.case.waitingTeams')}</p>;
    case 'resultReady':
      return <ReportBackForm caseId={view.caseId} />;
    case 'reported': {
      const report = view.report;
      return (
        <div className="actions">
          {error && (
            <p role="alert" className="error">
              {t(`save.error.${error}`)}
            </p>
          )}
          <BigButton
            variant="primary"
            onClick={() => {
              if (!report) return;
              void actions
                .record(view.caseId, 'closed', { reportedEventId: report.id })
                .then((r) => {
                  setError(r.ok ? null : r.error);
                });
            }}
            data-testid="case-close"
          >
            <Icon glyph="✔" />
            {t('desk.case.close')}
          </BigButton>
        </div>
      );
    }
    case 'closed':
      return view.satisfaction ? (
        <p data-testid="case-rated">{t('desk.case.rated', { score: view.satisfaction.score })}</p>
      ) : (
        <div className="actions">
          <p>{t('desk.case.handOverLead')}</p>
          <BigButton variant="primary" onClick={handOver} data-testid="case-hand-over">
            <Icon glyph="🙂" />
            {t('desk.case.handOver')}
          </BigButton>
        </div>
      );
    case 'called':
    case 'noShow':
      return null;
  }
}
