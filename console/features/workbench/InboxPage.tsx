import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useListQuery } from '../../app/search';
import { DataTable, pagedList } from '../../ui/DataTable';
import { caseColumns } from '../cases/case-columns';
import { useSites } from '../cases/use-sites';
import { TEAM_SORTS, TEAM_VIEWS, TeamCasesQuery } from '../../../shared/console/requests';

/** 团队工作台: the team's cases, one view at a time, most urgent first, paged by the hub. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useListQuery(TeamCasesQuery);
  const list = useQuery({ ...queries.teamCases(query), placeholderData: keepPreviousData });
  const sites = useSites();
  const columns = useMemo(
    () => caseColumns(t, i18n.language, sites, (id) => `/team/cases/${id}`, true),
    [t, i18n.language, sites],
  );
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p>{t('inbox.lead')}</p>
      <nav className="tabs" aria-label={t('inbox.views')}>
        {TEAM_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="tab"
            aria-pressed={query.view === view}
            data-testid={`view-${view}`}
            onClick={() =>
              setQuery({ view, page: 1, sort: view === 'sessions' ? 'session' : 'urgency' })
            }
          >
            {t(`inbox.view.${view}`)}
          </button>
        ))}
      </nav>
      <DataTable
        title={t(`inbox.view.${query.view}`)}
        testId="inbox-table"
        columns={columns}
        {...pagedList(list, query, setQuery)}
        sort={{ id: query.sort === 'urgency' ? 'urgency' : query.sort, desc: query.dir === 'desc' }}
        sortable={TEAM_SORTS}
        onSort={(id, desc) =>
          setQuery({ sort: id as TeamCasesQuery['sort'], dir: desc ? 'desc' : 'asc', page: 1 })
        }
        emptyText={t(`inbox.empty.${query.view}`)}
        rowKey={(row) => row.caseId}
      />
    </>
  );
}
