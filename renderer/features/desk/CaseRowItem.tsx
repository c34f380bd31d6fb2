import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { maskPhone } from '../../../shared/records/phone';
import { isOverdue } from '../../../shared/cases/lists';
import type { CaseRow } from '../../db/cases';
import { leaveTo } from './drafts';
import { useDeskDates } from './format';
import { CaseFlags } from './CaseFlags';

/** One case in a list or search result: enough to know it, and a way in. */
export function CaseRowItem({
  row,
  today,
  teamName,
}: {
  row: CaseRow;
  today: string;
  /** Team names are read once for the whole list, not once per row. */
  teamName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const dates = useDeskDates();
  const { view } = row;
  const reg = view.registration;
  const label = view.ticket
    ? `${view.ticket.number} · ${dates.day(view.ticket.day)}`
    : dates.day(row.day);
  return (
    <article className="desk-card" data-testid={`case-row-${view.ticket?.number ?? row.caseId}`}>
      <header className="desk-card__head">
        <p className="desk-card__ticket">{label}</p>
        <p className="desk-status">{t(`desk.status.${view.status}`)}</p>
      </header>
      {reg && (
        <p className="desk-card__title">
          {teamName(reg.category)}
          {' · '}
          {reg.matter}
        </p>
      )}
      {view.teams.length > 0 && (
        <p className="desk-card__meta">
          {view.teams
            .map((team) => `${teamName(team.team)}: ${t(`desk.teamStage.${team.stage}`)}`)
            .join(t('list.separator'))}
        </p>
      )}
      {view.openDue && (
        <p className="desk-card__meta">{t('desk.case.due', { date: dates.day(view.openDue) })}</p>
      )}
      {reg?.resident.phone && (
        <p className="desk-card__meta">
          {t('desk.phoneEnds', { phone: maskPhone(reg.resident.phone) })}
        </p>
      )}
      <CaseFlags
        focusGroups={reg?.focusGroups ?? []}
        homeVisitReason={view.homeVisit?.reason ?? null}
        urgent={reg?.urgency === 'urgent'}
        overdue={isOverdue(view, today)}
      />
      <div className="desk-card__actions">
        <BigButton
          onClick={() => leaveTo({ name: 'case', caseId: row.caseId })}
          data-testid="case-row-open"
        >
          {t('desk.openCase')}
        </BigButton>
      </div>
    </article>
  );
}
