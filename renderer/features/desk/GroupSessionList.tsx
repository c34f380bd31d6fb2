import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { groupSessions, type CaseRow } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { localDay } from '../../../shared/records/ticket';
import { DeskIcon } from './desk-icons';
import { leaveTo } from './drafts';
import { useTeamChoices } from './use-team-choices';
import { addDays, toLocalDateTimeField, useDeskDates } from './format';

/**
 * 联合咨询安排: the group sessions of joint consultations, from today on, in time order and grouped
 * by day (today first); below them, sessions of earlier days whose case is not closed yet, flagged
 * in words. A session whose hour has passed today is flagged the same way. Tapping one opens the
 * case. Reads the `sessionAt` index only (renderer/db/cases.ts `groupSessions`).
 */
export function GroupSessionList() {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const dates = useDeskDates();
  const now = new Date();
  const today = localDay(now);
  const nowAt = toLocalDateTimeField(now);
  const page = useLiveQuery(() => groupSessions(records, today), [records, today]);
  if (!page) return null;
  if (page.totalUpcoming + page.totalEarlier === 0)
    return (
      <p className="desk-note" data-testid="sessions-empty">
        {t('desk.sessions.empty')}
      </p>
    );

  const dayTitle = (day: string) => {
    const date = dates.weekday(day);
    if (day === today) return t('desk.sessions.today', { date });
    if (day === addDays(today, 1)) return t('desk.sessions.tomorrow', { date });
    return date;
  };
  return (
    <div data-testid="sessions">
      {page.totalUpcoming === 0 && <p className="desk-note">{t('desk.sessions.noneAhead')}</p>}
      {byDay(page.upcoming).map(([day, rows]) => (
        <section key={day} aria-labelledby={`sessions-${day}`} data-testid={`sessions-day-${day}`}>
          <h2 id={`sessions-${day}`}>{dayTitle(day)}</h2>
          <SessionRows rows={rows} passed={(row) => sessionPassed(row, today, nowAt)} />
        </section>
      ))}
      {page.totalUpcoming > page.upcoming.length && (
        <p className="desk-note">
          {t('desk.lists.more', { shown: page.upcoming.length, total: page.totalUpcoming })}
        </p>
      )}
      {page.earlier.length > 0 && (
        <section aria-labelledby="sessions-earlier" data-testid="sessions-earlier">
          <h2 id="sessions-earlier">{t('desk.sessions.earlier')}</h2>
          <SessionRows rows={page.earlier} passed={() => true} withDay={dates.weekday} />
          {page.totalEarlier > page.earlier.length && (
            <p className="desk-note">
              {t('desk.lists.more', { shown: page.earlier.length, total: page.totalEarlier })}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function SessionRows({
  rows,
  passed,
  withDay,
}: {
  rows: CaseRow[];
  passed: (row: CaseRow) => boolean;
  /** Earlier sessions span days: each row says its own. */
  withDay?: (day: string) => string;
}) {
  const { t } = useTranslation();
  const teams = useTeamChoices();
  return (
    <ol className="desk-list">
      {rows.map((row) => {
        const { view } = row;
        const session = view.jointSession;
        const ticket = view.ticket?.number ?? row.day;
        return (
          <li key={row.caseId}>
            <BigButton
              className="desk-session"
              onClick={() => leaveTo({ name: 'case', caseId: row.caseId })}
              data-testid={`session-${ticket}`}
            >
              <span className="desk-session__time">
                {withDay && session ? `${withDay(session.date)} ` : ''}
                {session && (session.time ?? t('desk.sessions.timeOpen'))}
              </span>
              <span className="desk-session__body">
                <strong className="desk-card__ticket">{ticket}</strong>
                <span className="desk-status">{t(`desk.status.${view.status}`)}</span>
                <span className="desk-card__meta">
                  {view.teams
                    .filter((team) => team.routed)
                    .map((team) => teams.name(team.team))
                    .join(t('list.separator'))}
                </span>
                {passed(row) && (
                  <span className="desk-flag desk-flag--strong">
                    <DeskIcon name="overdue" />
                    {t('desk.sessions.passed')}
                  </span>
                )}
              </span>
            </BigButton>
          </li>
        );
      })}
    </ol>
  );
}

/** Rows already in time order, as [day, rows] in the same order. */
function byDay(rows: readonly CaseRow[]): [string, CaseRow[]][] {
  const days = new Map<string, CaseRow[]>();
  for (const row of rows) {
    const day = row.sessionAt?.slice(0, 10) ?? row.day;
    days.set(day, [...(days.get(day) ?? []), row]);
  }
  return [...days];
}

/** A session's hour has passed; one with only a day agreed passes when the day does. */
function sessionPassed(row: CaseRow, today: string, nowAt: string): boolean {
  const session = row.view.jointSession;
  if (!session) return false;
  return session.time === null ? session.date < today : (row.sessionAt ?? '') < nowAt;
}
