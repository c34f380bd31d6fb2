import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { searchCases, type CaseRow, type CaseSearch as Query } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { localDay } from '../../../shared/records/ticket';
import { CaseRowItem } from './CaseRowItem';
import { useTeamChoices } from './use-team-choices';

type SearchProblem = 'required' | 'invalid';

/** Find a case by ticket number, day, or the last four digits of the resident's phone. */
export function CaseSearch() {
  const { t } = useTranslation();
  const { records } = useKiosk();
  const teams = useTeamChoices();
  const [ticket, setTicket] = useState('');
  const [day, setDay] = useState('');
  const [last4, setLast4] = useState('');
  const [problems, setProblems] = useState<{
    form?: SearchProblem;
    phone?: SearchProblem;
    ticket?: SearchProblem;
  }>({});
  const [results, setResults] = useState<CaseRow[] | null>(null);
  const today = localDay(new Date());

  const search = async () => {
    const found: typeof problems = {};
    if (ticket.trim() === '' && day === '' && last4 === '') found.form = 'required';
    if (last4 !== '' && !/^\d{4}$/.test(last4)) found.phone = 'invalid';
    if (ticket.trim() !== '' && !/^[A-Za-z]-\d{3,4}$/.test(ticket.trim())) found.ticket = 'invalid';
    setProblems(found);
    if (Object.keys(found).length > 0) return setResults(null);
    const query: Query = {
      ...(ticket.trim() ? { ticket: ticket.trim() } : {}),
      ...(day ? { day } : {}),
      ...(last4 ? { phoneLast4: last4 } : {}),
    };
    setResults(await searchCases(records, query));
  };

  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title" tabIndex={-1}>
        {t('desk.search.title')}
      </h1>
      <form
        className="desk-search"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label className="field">
          <span>{t('desk.search.ticket')}</span>
          <input
            className="text-input"
            value={ticket}
            maxLength={6}
            onChange={(e) => setTicket(e.target.value)}
            aria-invalid={problems.ticket !== undefined}
            data-testid="search-ticket"
          />
        </label>
        {problems.ticket && (
          <p className="error" data-testid="search-ticket-error">
            {t('desk.search.ticketInvalid')}
          </p>
        )}
        <label className="field">
          <span>{t('desk.search.day')}</span>
          <input
            type="date"
            className="text-input"
            value={day}
            onChange={(e) => setDay(e.target.value)}
            data-testid="search-day"
          />
        </label>
        <label className="field">
          <span>{t('desk.search.phone')}</span>
          <input
            className="text-input"
            value={last4}
            inputMode="numeric"
            maxLength={4}
            onChange={(e) => setLast4(e.target.value.trim())}
            aria-invalid={problems.phone !== undefined}
            data-testid="search-phone"
          />
        </label>
        {problems.phone && (
          <p className="error" data-testid="search-phone-error">
            {t('desk.search.phoneInvalid')}
          </p>
        )}
        {problems.form && (
          <p role="alert" className="error" data-testid="search-error">
            {t('desk.search.needOne')}
          </p>
        )}
        <div className="actions">
          <BigButton variant="primary" type="submit" data-testid="search-go">
            {t('desk.search.go')}
          </BigButton>
        </div>
      </form>
      {results && (
        <p aria-live="polite" data-testid="search-count">
          {t('desk.search.found', { n: results.length })}
        </p>
      )}
      <ol className="desk-list" data-testid="search-results">
        {(results ?? []).map((row) => (
          <li key={row.caseId}>
            <CaseRowItem row={row} today={today} teamName={teams.name} />
          </li>
        ))}
      </ol>
    </section>
  );
}
