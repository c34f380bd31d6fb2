import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { casesInList, groupSessionCount, listTotals } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { localDay } from '../../../shared/records/ticket';
import { CASE_LISTS, type CaseList } from '../../../shared/cases/lists';
import { useDesk, type DeskList } from './desk-store';
import { CaseRowItem } from './CaseRowItem';
import { GroupSessionList } from './GroupSessionList';
import { useTeamChoices } from './use-team-choices';

/**
 * Follow-up (跟踪): what waits for the teams, what is late, what to tell residents, home visits,
 * and the joint consultations' group sessions.
 */
export function TrackingLists({ list }: { list: DeskList }) {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const show = useDesk((s) => s.show);
  const today = localDay(new Date());
  const totals = useLiveQuery(() => listTotals(records, today), [records, today]);
  const sessions = useLiveQuery(() => groupSessionCount(records), [records]);
  return (
    <section aria-labelledby="lists-title">
      <h1 id="lists-title" tabIndex={-1}>
        {t('desk.lists.title')}
      </h1>
      <div className="options options--wrap" role="group" aria-labelledby="lists-title">
        {CASE_LISTS.map((l) => (
          <BigButton
            key={l}
            pressed={l === list}
            onClick={() => show({ name: 'lists', list: l })}
            data-testid={`list-${l}`}
          >
            {t(`desk.list.${l}`)}
            {totals ? ` (${totals[l]})` : ''}
          </BigButton>
        ))}
        <BigButton
          pressed={list === 'groupSessions'}
          onClick={() => show({ name: 'lists', list: 'groupSessions' })}
          data-testid="list-groupSessions"
        >
          {t('desk.sessions.title')}
          {sessions === undefined ? '' : ` (${sessions})`}
        </BigButton>
      </div>
      {list === 'groupSessions' ? <GroupSessionList /> : <CaseListPage list={list} today={today} />}
    </section>
  );
}

function CaseListPage({ list, today }: { list: CaseList; today: string }) {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const teams = useTeamChoices();
  const page = useLiveQuery(() => casesInList(records, list, today), [records, list, today]);
  return (
    <>
      {page && page.total > page.cases.length && (
        <p className="desk-note">
          {t('desk.lists.more', { shown: page.cases.length, total: page.total })}
        </p>
      )}
      {page && page.total === 0 && <p data-testid="list-empty">{t('desk.lists.empty')}</p>}
      <ol className="desk-list" data-testid="list-cases">
        {(page?.cases ?? []).map((row) => (
          <li key={row.caseId}>
            <CaseRowItem row={row} today={today} teamName={teams.name} />
          </li>
        ))}
      </ol>
    </>
  );
}
